/**
 * The organisation the emulation runs over: units (with their mergers), people and their yearly ratings,
 * emulation periods, and the clusters (cụm, khối, khu vực thi đua) units compete in each period.
 * Other capabilities read it; secretariat and admin maintain it.
 * Entry points: {@code UnitResource}, {@code PersonResource}, {@code PeriodResource}, {@code ClusterResource}, {@code MeResource}
 * and their services; other capabilities read through {@code UnitDirectory} and {@code OrgReads}.
 */
package vn.gov.moj.thidua.org;
