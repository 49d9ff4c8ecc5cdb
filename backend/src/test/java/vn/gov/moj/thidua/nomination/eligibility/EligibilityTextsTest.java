package vn.gov.moj.thidua.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moj.thidua.nomination.eligibility.EligibilityTexts.EN;
import static vn.gov.moj.thidua.nomination.eligibility.EligibilityTexts.VI;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The text catalogue: every rule named and cited in Vietnamese and English, the two files in step, no research tags. */
class EligibilityTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Set<String> keys(Locale language) {
        return new TreeSet<>(Collections.list(EligibilityTexts.bundle(language).getKeys()));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyRuleOfTheEngineHasANameACitationAndAnExplanationInBothLanguages() {
        for (EligibilityPolicy policy : EligibilityPolicies.standard()) {
            for (Locale language : EligibilityTexts.LANGUAGES) {
                String rule = policy.ruleId();
                assertThat(EligibilityTexts.name(rule, language)).as("%s name in %s", rule, language).isNotBlank().isNotEqualTo(rule);
                assertThat(EligibilityTexts.citations(rule, language)).as("%s citations in %s", rule, language).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.text()).isNotBlank());
                assertThat(keys(language)).as("%s explanations in %s", rule, language)
                        .anyMatch(k -> k.startsWith(rule + ".pass")).anyMatch(k -> k.startsWith(rule + ".fail") || k.startsWith(rule + ".evidence"));
            }
            assertThat(EligibilityTexts.citations(policy.ruleId(), EN)).extracting(EligibilityTexts.Citation::binding)
                    .isEqualTo(EligibilityTexts.citations(policy.ruleId(), VI).stream().map(EligibilityTexts.Citation::binding).toList());
        }
    }

    @Test
    void theVietnameseAndEnglishFilesHaveTheSameKeysAndFigures() {
        assertThat(keys(EN)).isEqualTo(keys(VI));
        ResourceBundle vi = EligibilityTexts.bundle(VI);
        ResourceBundle en = EligibilityTexts.bundle(EN);
        for (String key : keys(VI)) {
            assertThat(placeholders(en.getString(key))).as(key).isEqualTo(placeholders(vi.getString(key)));
        }
    }

    @Test
    void noTextCarriesAResearchTagOrALoneQuoteThatWouldSwallowItsFigures() {
        for (Locale language : EligibilityTexts.LANGUAGES) {
            ResourceBundle b = EligibilityTexts.bundle(language);
            for (String key : keys(language)) {
                String text = b.getString(key);
                assertThat(text).as("%s in %s", key, language).doesNotContainPattern("\\[S\\d+]");
                assertThat(text.replace("''", "")).as("%s in %s", key, language).doesNotContain("'");
            }
        }
    }

    @Test
    void aProvincialOrSupersededPracticeIsCitedAsPracticeNeverAsLaw() {
        assertThat(EligibilityTexts.citations("R-EVIDENCE", VI)).filteredOn(c -> c.text().contains("Đồng Tháp"))
                .singleElement().extracting(EligibilityTexts.Citation::binding).isEqualTo(EligibilityTexts.Binding.PRACTICE);
        assertThat(EligibilityTexts.citations("R-CSTDCS-QUOTA", VI)).extracting(EligibilityTexts.Citation::binding)
                .containsExactly(EligibilityTexts.Binding.PRACTICE);
        assertThat(EligibilityTexts.citations("R-BK-TTG(b)", VI)).containsExactly(new EligibilityTexts.Citation(
                "Điểm b khoản 1 Điều 73 Luật Thi đua, khen thưởng số 06/2022/QH15", EligibilityTexts.Binding.LAW));
    }

    @Test
    void theLanguageIsVietnameseUnlessEnglishIsPreferred() {
        assertThat(EligibilityTexts.language(null)).isEqualTo(VI);
        assertThat(EligibilityTexts.language("")).isEqualTo(VI);
        assertThat(EligibilityTexts.language("vi")).isEqualTo(VI);
        assertThat(EligibilityTexts.language("en")).isEqualTo(EN);
        assertThat(EligibilityTexts.language("en-US,en;q=0.9")).isEqualTo(EN);
        assertThat(EligibilityTexts.language("vi;q=0.9,en;q=0.5")).isEqualTo(VI);
        assertThat(EligibilityTexts.language("fr-FR")).isEqualTo(VI);
        assertThat(EligibilityTexts.language(";;q=x")).isEqualTo(VI);
    }

    @Test
    void codesAreShownByTheirNamesAndDatesAsDayMonthYear() {
        assertThat(EligibilityTexts.named(Fact.award(AwardCode.CSTD_NGANH), VI, java.util.Map.of())).isEqualTo("Chiến sĩ thi đua ngành Tư pháp");
        assertThat(EligibilityTexts.named(Fact.award("HCLD_3"), VI, java.util.Map.of("HCLD_3", "Huân chương Lao động hạng Ba")))
                .isEqualTo("Huân chương Lao động hạng Ba");
        assertThat(EligibilityTexts.named(Fact.award("HCLD_3"), EN, java.util.Map.of("HCLD_3", "Huân chương Lao động hạng Ba")))
                .as("no English name: the catalog's").isEqualTo("Huân chương Lao động hạng Ba");
        assertThat(EligibilityTexts.named(Fact.document("TO_TRINH"), VI, java.util.Map.of())).isEqualTo("tờ trình");
        assertThat(EligibilityTexts.named(Fact.status("NOT_A_STATUS"), VI, java.util.Map.of())).isEqualTo("NOT_A_STATUS");
        assertThat(EligibilityTexts.date(java.time.LocalDate.of(2025, 3, 7), VI)).isEqualTo("07/03/2025");
    }
}
