package vn.gov.moj.thidua.common.input;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A name or title people read and compare: person names, unit, cluster and period names, campaign, covenant,
 * session, initiative and document titles, award type and criteria names, candidate and voter labels. On one line,
 * without bidirectional overrides or zero-width characters ({@link TextRules#forbiddenInName}), and not blank once
 * white space and such characters are trimmed. Request bodies arrive NFC-normalised (see {@link InputModule}).
 * A null value is valid (pair with {@code @NotBlank} when required).
 */
@Documented
@Constraint(validatedBy = PlainNameValidator.class)
@Target({ METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface PlainName {

    String message() default "{thidua.plain-name}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
