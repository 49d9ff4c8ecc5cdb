package vn.gov.moj.thidua.common.input;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import vn.gov.moj.thidua.common.problem.RefusedInputException;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * Every JSON string the API reads: refused (400 naming the field) when it holds a control character
 * {@link TextRules#forbiddenControl} names, else NFC-normalised. Registered once for all bodies by {@link InputModule}.
 */
final class CleanTextDeserializer extends StringDeserializer {

    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return clean(super.deserialize(p, ctxt), p);
    }

    static String clean(String text, JsonParser p) throws RefusedInputException {
        int bad = TextRules.forbiddenControl(text);
        if (bad >= 0) {
            throw new RefusedInputException(p, String.class, Text.of("field.control-character", TextRules.codePoint(bad)));
        }
        return TextRules.nfc(text);
    }
}
