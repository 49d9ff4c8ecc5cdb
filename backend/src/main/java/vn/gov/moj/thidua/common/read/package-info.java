/**
 * Small shapes the capabilities' read interfaces ({@code *Reads}) share with their readers (inbox, report).
 */
package vn.gov.moj.thidua.common.read;
