package vn.gov.moj.thidua.common.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** A body that cannot be read as the expected JSON → 400 naming the field and what was wrong, in the caller's language. */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e, String instance, Locale locale) {
        if (e instanceof JsonParseException parse) {
            var loc = parse.getLocation();
            Text detail = loc == null ? Text.of("detail.malformed-json") : Text.of("detail.malformed-json-at", loc.getLineNr(), loc.getColumnNr());
            return new Problem("/problems/malformed-json", ProblemTexts.title("/problems/malformed-json", "Malformed JSON", locale), 400,
                    ProblemTexts.render(detail, locale), instance, null, null, null);
        }
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        Text message;
        if (e instanceof RefusedInputException refused) {
            message = refused.reason();
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            field = field.isEmpty() ? unknown.getPropertyName() : field;
            message = Text.of("field.unknown");
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            message = Text.of("field.unknown-value", String.valueOf(format.getValue()),
                    Arrays.toString(format.getTargetType().getEnumConstants()));
        } else if (e instanceof InvalidFormatException format) {
            message = Text.of("field.invalid-value", String.valueOf(format.getValue()), kind(format.getTargetType()));
        } else if (e instanceof MismatchedInputException mismatch) {
            message = Text.of("field.wrong-type", kind(mismatch.getTargetType()));
        } else {
            message = Text.of("field.unreadable");
        }
        String name = field.isEmpty() ? "body" : field;
        return ApiProblem.invalidField(name, message).toProblem(instance, locale);
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The catalogue word for a target type ("ngày (yyyy-MM-dd)", "số"…). */
    private static Text kind(Class<?> type) {
        if (type == null) {
            return Text.of("kind.value");
        }
        if (type == UUID.class) {
            return Text.of("kind.uuid");
        }
        if (type == java.time.LocalDate.class) {
            return Text.of("kind.date");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return Text.of("kind.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Text.of("kind.boolean");
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return Text.of("kind.list");
        }
        if (type == String.class) {
            return Text.of("kind.text");
        }
        return Text.of("kind.object");
    }
}
