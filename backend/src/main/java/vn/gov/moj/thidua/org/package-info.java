/**
 * The organisation the emulation runs over: units (with their mergers), people and their yearly ratings,
 * emulation periods, and the clusters (cụm, khối, khu vực thi đua) units compete in each period.
 * Other capabilities read it; secretariat and admin maintain it.
 */
package vn.gov.moj.thidua.org;
