package vn.gov.moj.thidua.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.campaign.CampaignScope;
import vn.gov.moj.thidua.catalog.AwardKind;

/** The classification rules of the forms, without Quarkus. */
class ClassificationPolicyTest {

    @Test
    void shouldDeriveTheLeadershipTierFromThePositionTitle() {
        assertThat(LeadershipTier.of("Bộ trưởng Bộ Tư pháp", true)).isEqualTo(LeadershipTier.MINISTRY);
        assertThat(LeadershipTier.of("Thứ trưởng", true)).isEqualTo(LeadershipTier.MINISTRY);
        assertThat(LeadershipTier.of("Cục trưởng Cục Trợ giúp pháp lý", true)).isEqualTo(LeadershipTier.DEPARTMENT);
        assertThat(LeadershipTier.of("Phó Vụ trưởng", true)).isEqualTo(LeadershipTier.DEPARTMENT);
        assertThat(LeadershipTier.of("Giám đốc Sở Tư pháp tỉnh Lạng Sơn", true)).isEqualTo(LeadershipTier.DEPARTMENT);
        // "Chi cục trưởng" contains "cục trưởng" but is not a department head
        assertThat(LeadershipTier.of("Chi cục trưởng", true)).isEqualTo(LeadershipTier.OTHER_LEADER);
        assertThat(LeadershipTier.of("Phó trưởng phòng", true)).isEqualTo(LeadershipTier.OTHER_LEADER);
        assertThat(LeadershipTier.of("Chuyên viên chính", false)).isEqualTo(LeadershipTier.FRONTLINE);
        assertThat(LeadershipTier.of("Tổ trưởng tổ công tác", true)).isEqualTo(LeadershipTier.OTHER_LEADER);
        assertThat(LeadershipTier.of("  ", false)).isNull();
        assertThat(LeadershipTier.of(null, true)).isNull();
    }

    @Test
    void shouldTakeTheRecordedMethodElseRegularForTitlesOnly() {
        assertThat(AwardMethod.of("AD_HOC", AwardKind.TITLE)).isEqualTo(AwardMethod.AD_HOC);
        assertThat(AwardMethod.of(null, AwardKind.TITLE)).isEqualTo(AwardMethod.REGULAR);
        assertThat(AwardMethod.of(null, AwardKind.FORM)).isNull();
    }

    @Test
    void shouldBandTheDurationWithExactlyOneYearInRow07() {
        LocalDate jan1 = LocalDate.of(2023, 1, 1);
        assertThat(CampaignClassification.durationRow(jan1, LocalDate.of(2023, 12, 30))).isEqualTo("06");
        assertThat(CampaignClassification.durationRow(jan1, LocalDate.of(2023, 12, 31))).isEqualTo("07");
        assertThat(CampaignClassification.durationRow(jan1, LocalDate.of(2024, 1, 1))).isEqualTo("08");
        assertThat(CampaignClassification.durationRow(jan1, LocalDate.of(2025, 12, 30))).isEqualTo("08");
        assertThat(CampaignClassification.durationRow(jan1, LocalDate.of(2025, 12, 31))).isEqualTo("09");
        assertThat(CampaignClassification.durationRow(jan1, LocalDate.of(2027, 12, 30))).isEqualTo("09");
        assertThat(CampaignClassification.durationRow(jan1, LocalDate.of(2027, 12, 31))).isEqualTo("10");
    }

    @Test
    void shouldPreferTheRecordedLevelAndScopeOverTheDerivedOnes() {
        assertThat(CampaignClassification.launchColumn(null, CampaignScope.SECTOR)).isEqualTo("3");
        assertThat(CampaignClassification.launchColumn(null, CampaignScope.UNIT)).isEqualTo("4");
        assertThat(CampaignClassification.launchColumn("CENTRAL", CampaignScope.UNIT)).isEqualTo("2");
        assertThat(CampaignClassification.scopeRow(null, CampaignScope.CLUSTER)).isEqualTo("04");
        assertThat(CampaignClassification.scopeRow("NATIONWIDE", CampaignScope.SECTOR)).isEqualTo("02");
        assertThat(CampaignClassification.scopeRow(null, CampaignScope.UNIT)).isEqualTo("05");
    }

    @Test
    void shouldPutStateAwardTypesInTheirColumnGroupsAndMinistryTypesInTheirColumns() {
        assertThat(Form0602.group("Huân chương Lao động hạng Ba")).isEqualTo(2);
        assertThat(Form0602.group("Cờ thi đua của Chính phủ")).isEqualTo(6);
        assertThat(Form0602.group("Bằng khen của Thủ tướng Chính phủ")).isEqualTo(7);
        assertThat(Form0602.group("Chiến sĩ thi đua toàn quốc")).isEqualTo(8);
        assertThat(Form0602.group("Nhà giáo ưu tú")).isEqualTo(5);
        assertThat(Form0602.group("Kỷ niệm chương khác")).isEqualTo(9);
        assertThat(Form0603.column("Bằng khen của Bộ trưởng Bộ Tư pháp")).contains("2");
        assertThat(Form0603.column("Kỷ niệm chương \"Vì sự nghiệp Tư pháp\"")).contains("5");
        assertThat(Form0603.column("Tập thể lao động xuất sắc")).isEmpty();
    }
}
