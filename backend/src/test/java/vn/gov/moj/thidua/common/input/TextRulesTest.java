package vn.gov.moj.thidua.common.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The text and date rules without Quarkus: what passes, what is refused, and why. */
class TextRulesTest {

    @Test
    void shouldRefuseNulAndOtherControlsButKeepTabsAndLineBreaks() {
        assertThat(TextRules.forbiddenControl("Nguyễn Văn A")).isEqualTo(-1);
        assertThat(TextRules.forbiddenControl("Dòng một\nDòng hai\r\n\tthụt lề")).isEqualTo(-1);
        assertThat(TextRules.forbiddenControl("Tên\u0000")).isZero();
        assertThat(TextRules.forbiddenControl("a\u001Bb")).isEqualTo(0x1B);
        assertThat(TextRules.forbiddenControl("a\u007Fb")).isEqualTo(0x7F);
        assertThat(TextRules.forbiddenControl("a\u0085b")).isEqualTo(0x85); // C1 "next line"
        assertThat(TextRules.forbiddenControl("a\uD800b")).isEqualTo(0xD800); // a lone surrogate
        assertThat(TextRules.forbiddenControl("Huy hiệu 🏅")).isEqualTo(-1); // a surrogate pair is one character
        assertThat(TextRules.forbiddenControl(null)).isEqualTo(-1);
    }

    @Test
    void shouldDropControlsFromImportedCellsAndKeepTheRest() {
        assertThat(TextRules.withoutControls("Bằng\u0000 khen\u0085 🏅\n")).isEqualTo("Bằng khen 🏅\n");
        assertThat(TextRules.withoutControls("Không đổi")).isEqualTo("Không đổi");
    }

    @Test
    void shouldComposeDecomposedVietnamese() {
        String decomposed = "Nguye\u0302\u0303n";
        assertThat(decomposed).isNotEqualTo("Nguyễn");
        assertThat(TextRules.nfc(decomposed)).isEqualTo("Nguyễn");
    }

    @Test
    void shouldRefuseInvisibleAndDirectionCharactersInNames() {
        assertThat(TextRules.forbiddenInName("Trần Thị Bích Hà")).isEqualTo(-1);
        assertThat(TextRules.forbiddenInName("Hồ sơ\u202Efdp.exe")).isEqualTo(0x202E); // right-to-left override
        assertThat(TextRules.forbiddenInName("Lê\u2066Văn")).isEqualTo(0x2066); // left-to-right isolate
        assertThat(TextRules.forbiddenInName("Lê\u200FVăn")).isEqualTo(0x200F); // right-to-left mark
        assertThat(TextRules.forbiddenInName("Lê\u200BVăn")).isEqualTo(0x200B); // zero-width space
        assertThat(TextRules.forbiddenInName("\uFEFFLê")).isEqualTo(0xFEFF);
        assertThat(TextRules.forbiddenInName("Hai\ndòng")).isEqualTo('\n');
        assertThat(TextRules.forbiddenInName("Có\u0000")).isZero();
    }

    @Test
    void shouldFindANameBlankOnceSpacesAndInvisiblesAreTrimmed() {
        assertThat(TextRules.blankName("\u200B\u200D\uFEFF")).isTrue();
        assertThat(TextRules.blankName(" \u00A0\u3000\t")).isTrue();
        assertThat(TextRules.blankName(" A ")).isFalse();
    }

    @Test
    void shouldAcceptDatesFrom1945To2100Only() {
        assertThat(DateRange.sane(LocalDate.of(1945, 1, 1))).isTrue();
        assertThat(DateRange.sane(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(DateRange.sane(LocalDate.of(1944, 12, 31))).isFalse();
        assertThat(DateRange.sane(LocalDate.of(2101, 1, 1))).isFalse();
        assertThat(DateRange.sane(LocalDate.parse("+10000-01-01"))).isFalse();
        assertThat(DateRange.sane(null)).isTrue();
    }

    record Named(@PlainName String name) {
    }

    @Test
    void shouldValidatePlainNamesWithAReasonEach() {
        Validator validator = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        assertThat(validator.validate(new Named("Sở Tư pháp tỉnh Lạng Sơn"))).isEmpty();
        assertThat(validator.validate(new Named(null))).isEmpty();
        Set<ConstraintViolation<Named>> override = validator.validate(new Named("Giấy khen\u202Egpj.exe"));
        assertThat(override).singleElement().satisfies(v -> {
            assertThat(v.getMessageTemplate()).isEqualTo("{thidua.plain-name.invisible}");
            assertThat(v.getMessage()).contains("U+202E");
        });
        Set<ConstraintViolation<Named>> blank = validator.validate(new Named("\u200B \u200B"));
        assertThat(blank).singleElement().satisfies(v -> assertThat(v.getMessageTemplate()).isEqualTo("{thidua.plain-name.blank}"));
    }
}
