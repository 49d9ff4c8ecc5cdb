package vn.gov.moj.thidua.report.statistics;

import java.time.LocalDate;

import vn.gov.moj.thidua.campaign.CampaignScope;

/**
 * How Biểu 0601.N (Thông tư 02/2023/TT-BNV; Luật Thi đua, khen thưởng 2022, Art. 16 and 18) classifies a campaign:
 * launch level (columns 2–4), organising scope (rows 02–05), duration (rows 06–10). Recorded values win; the
 * derivations from the targeting scope are our interpretation for a ministry (docs/statistics.md).
 */
public final class CampaignClassification {

    private CampaignClassification() {
    }

    /** Column 2 (Trung ương), 3 (bộ, ngành, tỉnh) or 4 (cơ quan, tổ chức, đơn vị). */
    public static String launchColumn(String recorded, CampaignScope scope) {
        String level = recorded != null ? recorded : scope == CampaignScope.UNIT ? "AGENCY" : "MINISTRY";
        return switch (level) {
            case "CENTRAL" -> "2";
            case "MINISTRY" -> "3";
            default -> "4";
        };
    }

    /** Row 02 (toàn quốc), 03 (bộ, ngành, địa phương), 04 (cụm, khối) or 05 (cơ quan, đơn vị). */
    public static String scopeRow(String recorded, CampaignScope scope) {
        String value = recorded != null ? recorded : switch (scope) {
            case SECTOR -> "SECTOR";
            case CLUSTER -> "CLUSTER";
            case UNIT -> "AGENCY";
        };
        return switch (value) {
            case "NATIONWIDE" -> "02";
            case "SECTOR" -> "03";
            case "CLUSTER" -> "04";
            default -> "05";
        };
    }

    /**
     * Row 06 (dưới 1 năm), 07 (1 năm: exactly one year, e.g. 01/01–31/12), 08 (over 1 and under 3 years), 09 (3 to
     * under 5) or 10 (5 years or more). The form leaves 07/08 ambiguous; exactly one year going to 07 is our reading.
     */
    public static String durationRow(LocalDate start, LocalDate end) {
        LocalDate after = end.plusDays(1);
        if (after.isBefore(start.plusYears(1))) {
            return "06";
        }
        if (after.isEqual(start.plusYears(1))) {
            return "07";
        }
        if (after.isBefore(start.plusYears(3))) {
            return "08";
        }
        return after.isBefore(start.plusYears(5)) ? "09" : "10";
    }
}
