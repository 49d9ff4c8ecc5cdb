package vn.gov.moj.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * No problem is raised with a fixed (English) text outside the problem catalogue's own package: every detail and
 * field message is a {@link vn.gov.moj.thidua.common.problem.Text} of {@code i18n/problems*.properties}, so the
 * answer is Vietnamese by default and English on request (issue 15). Checked on the compiled code, so it does not
 * matter how the call is written (a literal, a concatenation, a variable).
 */
class ProblemLanguageArchitectureTest {

    private static final String CATALOGUE_PACKAGE = "..thidua.common.problem..";

    static final ArchRule problemsCarryCatalogueTexts = noClasses().that().resideOutsideOfPackage(CATALOGUE_PACKAGE)
            .should().callMethod(ApiProblem.class, "conflict", String.class)
            .orShould().callMethod(ApiProblem.class, "forbidden", String.class)
            .orShould().callMethod(ApiProblem.class, "preconditionFailed", String.class)
            .orShould().callMethod(ApiProblem.class, "invalidField", String.class, String.class)
            .orShould().callMethod(ApiProblem.class, "tooManyRequests", long.class, String.class)
            .orShould().callConstructor(ApiProblem.class, int.class, String.class, String.class, String.class)
            .orShould().callConstructor(ApiProblem.class, int.class, String.class, String.class, String.class, List.class, String.class,
                    List.class)
            .because("a problem's text comes from the catalogue (Text.of(key, …)) in Vietnamese and English, never a fixed string");

    @Test
    void noProblemOfTheApplicationIsRaisedWithAFixedText() {
        problemsCarryCatalogueTexts.check(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("vn.gov.moj.thidua"));
    }

    @Test
    void theRuleCatchesAFixedTextHoweverItIsWrittenAndLetsACatalogueTextPass() {
        assertThatThrownBy(() -> problemsCarryCatalogueTexts.check(new ClassFileImporter().importClasses(FixedText.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("conflict(java.lang.String)")
                .hasMessageContaining("invalidField(java.lang.String, java.lang.String)").hasMessageContaining("<init>");
        assertThatCode(() -> problemsCarryCatalogueTexts.check(new ClassFileImporter().importClasses(CatalogueText.class)))
                .doesNotThrowAnyException();
    }

    /** What the rule must refuse (test code only, never thrown). */
    static final class FixedText {
        static ApiProblem literal() {
            return ApiProblem.conflict("A decision numbered 12 already exists");
        }

        static ApiProblem concatenated(Object id) {
            return ApiProblem.invalidField("personId", "no person " + id);
        }

        static ApiProblem constructed() {
            return new ApiProblem(409, "/problems/conflict", "Conflict", "fixed");
        }
    }

    /** What the rule lets pass. */
    static final class CatalogueText {
        static ApiProblem fromTheCatalogue(Object id) {
            return ApiProblem.invalidField("personId", Text.of("common.no-such", Text.of("thing.Person"), id));
        }
    }
}
