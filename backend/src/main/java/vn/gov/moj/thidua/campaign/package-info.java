/**
 * Campaigns (phong trào thi đua) from draft to close, delivered to their target units' inboxes, with
 * targets, documents and a report per unit at the interim and final reviews; the participation view that
 * shows which units never moved; registrations (đăng ký thi đua) of units and their people for award types,
 * approved or returned by the launching side; and covenants (giao ước thi đua) signed per cluster.
 * Entry points: {@code CampaignResource}, {@code RegistrationResource}, {@code CovenantResource} and their services;
 * the inbox and reports read through {@code CampaignReads}.
 */
package vn.gov.moj.thidua.campaign;
