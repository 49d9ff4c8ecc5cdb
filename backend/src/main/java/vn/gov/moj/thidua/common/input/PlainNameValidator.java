package vn.gov.moj.thidua.common.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link PlainName}: a blank name, then the first character a name may not hold, each with its own message. */
public class PlainNameValidator implements ConstraintValidator<PlainName, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isEmpty()) {
            return true; // absence and emptiness are @NotNull / @NotBlank's business
        }
        String template;
        int bad = TextRules.forbiddenInName(value);
        if (TextRules.blankName(value)) {
            template = "{thidua.plain-name.blank}";
        } else if (bad >= 0) {
            template = "{thidua.plain-name.invisible}";
        } else {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.disableDefaultConstraintViolation();
        hibernate.addMessageParameter("character", TextRules.codePoint(bad < 0 ? 0 : bad))
                .buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }
}
