package vn.gov.moj.thidua.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** R-BK-TTG-TT without Quarkus: the years of TTLĐXS, then a ministry flag or enough Minister's certificates. */
class UnitPrimeMinisterCertificatePolicyTest {

    private static final UnitPrimeMinisterCertificatePolicy.Parameters P = UnitPrimeMinisterCertificatePolicy.Parameters.defaults();

    private static Map<Integer, Set<String>> ttldxs(int from, int to) {
        Map<Integer, Set<String>> awards = new HashMap<>();
        for (int y = from; y <= to; y++) {
            awards.computeIfAbsent(y, k -> new HashSet<>()).add(AwardCode.TTLDXS);
        }
        return awards;
    }

    private static void add(Map<Integer, Set<String>> awards, String code, int... years) {
        for (int y : years) {
            awards.computeIfAbsent(y, k -> new HashSet<>()).add(code);
        }
    }

    @Test
    void fiveYearsOfTtldxsWithAMinistryFlagPass() {
        var awards = ttldxs(2021, 2025);
        add(awards, AwardCode.CO_NGANH, 2023);
        RuleResult r = UnitPrimeMinisterCertificatePolicy.evaluate(awards, 2025, P);
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.ruleId()).isEqualTo("R-BK-TTG-TT");
        assertThat(EligibilityTexts.explanation(r, EligibilityTexts.VI, Map.of())).contains("2021–2025").contains("1 lần");
    }

    @Test
    void twoMinisterCertificatesPassWithoutAFlag() {
        var awards = ttldxs(2021, 2025);
        add(awards, AwardCode.BK_BO, 2022, 2024);
        assertThat(UnitPrimeMinisterCertificatePolicy.evaluate(awards, 2025, P).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void oneCertificateAndNoFlagFail() {
        var awards = ttldxs(2021, 2025);
        add(awards, AwardCode.BK_BO, 2022);
        add(awards, AwardCode.CO_NGANH, 2019);
        RuleResult r = UnitPrimeMinisterCertificatePolicy.evaluate(awards, 2025, P);
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.reason()).isEqualTo("fail.ministryAwards");
        assertThat(EligibilityTexts.explanation(r, Locale.ENGLISH, Map.of())).contains("2021–2025").contains("(2 needed)");
    }

    @Test
    void aBreakInTheYearsFailsAndNamesTheMissingYear() {
        var awards = ttldxs(2021, 2025);
        awards.remove(2023);
        add(awards, AwardCode.CO_NGANH, 2024);
        RuleResult r = UnitPrimeMinisterCertificatePolicy.evaluate(awards, 2025, P);
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.facts()).contains(new Fact.Years(List.of(2023)));
    }

    @Test
    void theYearsComeFromTheParameters() {
        var awards = ttldxs(2023, 2025);
        add(awards, AwardCode.CO_NGANH, 2024);
        assertThat(UnitPrimeMinisterCertificatePolicy.evaluate(awards, 2025, P).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(UnitPrimeMinisterCertificatePolicy.evaluate(awards, 2025, new UnitPrimeMinisterCertificatePolicy.Parameters(3, 1, 2)).verdict())
                .isEqualTo(Verdict.PASS);
    }
}
