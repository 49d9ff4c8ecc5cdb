package vn.gov.moj.thidua.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that was read but is not accepted (a control character, a date out of range): Jackson adds the
 * field's path as it unwinds, and {@link JsonProblems} answers 400 naming the field with {@link #reason()}.
 */
public class RefusedInputException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final transient Text reason;

    public RefusedInputException(JsonParser parser, Class<?> targetType, Text reason) {
        super(parser, reason.toString(), targetType);
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
