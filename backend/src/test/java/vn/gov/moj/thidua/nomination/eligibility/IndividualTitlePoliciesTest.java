package vn.gov.moj.thidua.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moj.thidua.nomination.eligibility.Records.nominate;
import static vn.gov.moj.thidua.nomination.eligibility.Records.person;
import static vn.gov.moj.thidua.org.PerformanceRating.HTNV;
import static vn.gov.moj.thidua.org.PerformanceRating.HTTNV;
import static vn.gov.moj.thidua.org.PerformanceRating.HTXSNV;
import static vn.gov.moj.thidua.org.PerformanceRating.KHTNV;

import org.junit.jupiter.api.Test;

class IndividualTitlePoliciesTest {

    private final RuleParameters params = RuleParameters.defaults();

    @Test
    void ldttNeedsGoodOrBetterRating() {
        var policy = new LdttPolicy();
        assertThat(policy.evaluate(nominate(AwardCode.LDTT, 2025, person().rated(HTTNV, 2025).build()), params).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(policy.evaluate(nominate(AwardCode.LDTT, 2025, person().rated(HTXSNV, 2025).build()), params).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(policy.evaluate(nominate(AwardCode.LDTT, 2025, person().rated(HTNV, 2025).build()), params).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(policy.evaluate(nominate(AwardCode.LDTT, 2025, person().rated(HTXSNV, 2024).build()), params).verdict())
                .isEqualTo(Verdict.NEEDS_EVIDENCE);
    }

    @Test
    void cstdcsPassesOnLdttAndExcellentRating() {
        var result = new CstdcsPolicy().evaluate(nominate(AwardCode.CSTDCS, 2025,
                person().rated(HTXSNV, 2025).holds(AwardCode.LDTT, 2025).build()), params);
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.explanation(EligibilityTexts.VI))
                .isEqualTo("Đạt Lao động tiên tiến năm 2025 và xếp loại hoàn thành xuất sắc nhiệm vụ năm 2025");
        assertThat(result.explanation(EligibilityTexts.EN)).isEqualTo("Advanced Worker in 2025 and rated HTXSNV in 2025");
        assertThat(EligibilityTexts.citations("R-CSTDCS", EligibilityTexts.VI))
                .containsExactly(new EligibilityTexts.Citation("Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15", EligibilityTexts.Binding.LAW));
    }

    @Test
    void cstdcsPassesOnAGrassrootsInitiativeWithoutExcellentRating() {
        var result = new CstdcsPolicy().evaluate(nominate(AwardCode.CSTDCS, 2025,
                person().rated(HTTNV, 2025).holds(AwardCode.LDTT, 2025).initiative(InitiativeScope.GRASSROOTS, false).build()), params);
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void cstdcsFailsWithGoodRatingOnlyOrAUsedInitiative() {
        assertThat(new CstdcsPolicy().evaluate(nominate(AwardCode.CSTDCS, 2025,
                person().rated(HTTNV, 2025).holds(AwardCode.LDTT, 2025).build()), params).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(new CstdcsPolicy().evaluate(nominate(AwardCode.CSTDCS, 2025,
                person().rated(HTTNV, 2025).holds(AwardCode.LDTT, 2025).initiative(InitiativeScope.GRASSROOTS, true).build()), params)
                .verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void cstdcsFailsWithoutLdttStandardAndAsksForTheLdttDecisionWhenMissing() {
        assertThat(new CstdcsPolicy().evaluate(nominate(AwardCode.CSTDCS, 2025, person().rated(KHTNV, 2025).scienceWork().build()), params)
                .verdict()).isEqualTo(Verdict.FAIL);
        assertThat(new CstdcsPolicy().evaluate(nominate(AwardCode.CSTDCS, 2025, person().rated(HTXSNV, 2025).build()), params)
                .verdict()).isEqualTo(Verdict.NEEDS_EVIDENCE);
    }

    @Test
    void cstdNganhNeedsThreeConsecutiveCstdcsAndAMinistryInitiative() {
        var policy = new CstdNganhPolicy();
        var three = person().holds(AwardCode.CSTDCS, 2023, 2024, 2025);
        assertThat(policy.evaluate(nominate(AwardCode.CSTD_NGANH, 2025, three.initiative(InitiativeScope.MINISTRY, false).build()), params)
                .verdict()).isEqualTo(Verdict.PASS);
        var noInitiative = policy.evaluate(nominate(AwardCode.CSTD_NGANH, 2025,
                person().holds(AwardCode.CSTDCS, 2023, 2024, 2025).initiative(InitiativeScope.GRASSROOTS, false).build()), params);
        assertThat(noInitiative.verdict()).isEqualTo(Verdict.NEEDS_EVIDENCE);
        assertThat(noInitiative.explanation(EligibilityTexts.VI))
                .isEqualTo("3 năm liên tục đạt Chiến sĩ thi đua cơ sở (2023, 2024, 2025) nhưng chưa có sáng kiến cấp Bộ chưa sử dụng");
        // a gap breaks the run: 2022, 2024, 2025
        var gap = policy.evaluate(nominate(AwardCode.CSTD_NGANH, 2025,
                person().holds(AwardCode.CSTDCS, 2022, 2024, 2025).initiative(InitiativeScope.NATIONAL, false).build()), params);
        assertThat(gap.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(gap.explanation(EligibilityTexts.VI)).isEqualTo("Mới 2 năm liên tục đạt Chiến sĩ thi đua cơ sở (2024, 2025); cần 3 năm liên tục");
        assertThat(gap.explanation(EligibilityTexts.EN)).contains("2 consecutive year(s) (2024, 2025)");
    }

    @Test
    void cstdNganhFollowsTheConsecutiveCountParameter() {
        var params2 = new RuleParameters(params.cstdcsQuotaOfLdtt(), 2, 2, params.collectiveLdttShare(), params.ttldxsCompletingShare(),
                1, true, 1, 5, 3);
        var twoYears = nominate(AwardCode.CSTD_NGANH, 2025,
                person().holds(AwardCode.CSTDCS, 2024, 2025).initiative(InitiativeScope.MINISTRY, false).build());
        assertThat(new CstdNganhPolicy().evaluate(twoYears, params).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(new CstdNganhPolicy().evaluate(twoYears, params2).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void cstdtqNeedsTwoCstdNganhTitlesAndANationalInitiative() {
        var policy = new CstdtqPolicy();
        assertThat(policy.evaluate(nominate(AwardCode.CSTDTQ, 2025,
                person().holds(AwardCode.CSTD_NGANH, 2022, 2025).initiative(InitiativeScope.NATIONAL, false).build()), params).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(policy.evaluate(nominate(AwardCode.CSTDTQ, 2025,
                person().holds(AwardCode.CSTD_NGANH, 2025).initiative(InitiativeScope.NATIONAL, false).build()), params).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(policy.evaluate(nominate(AwardCode.CSTDTQ, 2025,
                person().holds(AwardCode.CSTD_NGANH, 2022, 2025).initiative(InitiativeScope.MINISTRY, false).build()), params).verdict())
                .isEqualTo(Verdict.NEEDS_EVIDENCE);
    }

    @Test
    void ministerCertificatePointD() {
        var policy = new MinisterCertificatePolicy();
        var ok = person().holds(AwardCode.CSTDCS, 2024, 2025)
                .initiative(InitiativeScope.GRASSROOTS, false).initiative(InitiativeScope.GRASSROOTS, false).build();
        assertThat(policy.evaluate(nominate(AwardCode.BK_BO, 2025, ok), params).verdict()).isEqualTo(Verdict.PASS);
        var excellentTwice = person().rated(HTXSNV, 2024, 2025)
                .initiative(InitiativeScope.GRASSROOTS, false).initiative(InitiativeScope.MINISTRY, false).build();
        assertThat(policy.evaluate(nominate(AwardCode.BK_BO, 2025, excellentTwice), params).verdict()).isEqualTo(Verdict.PASS);
        var oneInitiative = person().holds(AwardCode.CSTDCS, 2024, 2025).initiative(InitiativeScope.GRASSROOTS, false)
                .initiative(InitiativeScope.GRASSROOTS, true).build();
        assertThat(policy.evaluate(nominate(AwardCode.BK_BO, 2025, oneInitiative), params).verdict()).isEqualTo(Verdict.NEEDS_EVIDENCE);
        var notInARow = person().holds(AwardCode.CSTDCS, 2023, 2025).rated(HTXSNV, 2025).rated(HTTNV, 2024).build();
        assertThat(policy.evaluate(nominate(AwardCode.BK_BO, 2025, notInARow), params).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void primeMinisterCertificatePointB() {
        var policy = new PrimeMinisterCertificatePolicy();
        var ok = person().holds(AwardCode.BK_BO, 2020).rated(HTTNV, 2021, 2022, 2023, 2024, 2025)
                .holds(AwardCode.CSTDCS, 2021, 2023, 2025).build();
        assertThat(policy.evaluate(nominate(AwardCode.BK_TTG, 2025, ok), params).verdict()).isEqualTo(Verdict.PASS);
        var weakYear = person().holds(AwardCode.BK_BO, 2020).rated(HTTNV, 2021, 2022, 2024, 2025).rated(HTNV, 2023)
                .holds(AwardCode.CSTDCS, 2021, 2022, 2025).build();
        assertThat(policy.evaluate(nominate(AwardCode.BK_TTG, 2025, weakYear), params).verdict()).isEqualTo(Verdict.FAIL);
        var twoCstdcs = person().holds(AwardCode.BK_BO, 2020).rated(HTTNV, 2021, 2022, 2023, 2024, 2025)
                .holds(AwardCode.CSTDCS, 2021, 2025).build();
        assertThat(policy.evaluate(nominate(AwardCode.BK_TTG, 2025, twoCstdcs), params).verdict()).isEqualTo(Verdict.FAIL);
        var noCertificate = person().rated(HTXSNV, 2021, 2022, 2023, 2024, 2025).holds(AwardCode.CSTDCS, 2021, 2023, 2025).build();
        assertThat(policy.evaluate(nominate(AwardCode.BK_TTG, 2025, noCertificate), params).verdict()).isEqualTo(Verdict.FAIL);
        var missingYear = person().holds(AwardCode.BK_BO, 2020).rated(HTTNV, 2021, 2022, 2024, 2025)
                .holds(AwardCode.CSTDCS, 2021, 2022, 2025).build();
        assertThat(policy.evaluate(nominate(AwardCode.BK_TTG, 2025, missingYear), params).verdict()).isEqualTo(Verdict.NEEDS_EVIDENCE);
    }

    @Test
    void primeMinisterCertificateFollowsTheDatedYearsAndCstdcsCount() {
        var policy = new PrimeMinisterCertificatePolicy();
        var twoCstdcs = person().holds(AwardCode.BK_BO, 2020).rated(HTTNV, 2021, 2022, 2023, 2024, 2025)
                .holds(AwardCode.CSTDCS, 2021, 2025).build();
        var fail = policy.evaluate(nominate(AwardCode.BK_TTG, 2025, twoCstdcs), params);
        assertThat(fail.explanation(EligibilityTexts.VI)).isEqualTo("Các năm 2021–2025 có 2 lần đạt Chiến sĩ thi đua cơ sở (2021, 2025); cần 3 lần");
        // four years and two CSTĐCS: 2022–2025 holds only 2025, so still short; over five years with two needed it passes
        var fourYearsTwo = new RuleParameters(params.cstdcsQuotaOfLdtt(), 3, 2, params.collectiveLdttShare(), params.ttldxsCompletingShare(),
                1, true, 1, 4, 2);
        assertThat(policy.evaluate(nominate(AwardCode.BK_TTG, 2025, twoCstdcs), fourYearsTwo).verdict()).isEqualTo(Verdict.FAIL);
        var fiveYearsTwo = new RuleParameters(params.cstdcsQuotaOfLdtt(), 3, 2, params.collectiveLdttShare(), params.ttldxsCompletingShare(),
                1, true, 1, 5, 2);
        var pass = policy.evaluate(nominate(AwardCode.BK_TTG, 2025, twoCstdcs), fiveYearsTwo);
        assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
        assertThat(pass.explanation(EligibilityTexts.VI)).isEqualTo("Đã có Bằng khen của Bộ trưởng Bộ Tư pháp (năm 2020); hoàn thành tốt nhiệm vụ"
                + " trở lên các năm 2021–2025; 2 lần đạt Chiến sĩ thi đua cơ sở (2021, 2025)");
    }
}
