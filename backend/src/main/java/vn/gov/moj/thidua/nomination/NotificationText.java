package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.moj.thidua.common.problem.ProblemTexts;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * A notice's text in the reader's language: its catalogue message rendered with the values it names (a date reads
 * dd/MM/yyyy in Vietnamese). A notice written before its key was kept shows its Vietnamese text.
 */
final class NotificationText {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX = 1000;

    private NotificationText() {
    }

    static String of(Notification n, Locale locale, ObjectMapper json) {
        if (n.messageKey == null || n.messageArgs == null) {
            return n.message;
        }
        try {
            List<String> values = json.readValue(n.messageArgs, new TypeReference<List<String>>() { });
            Object[] args = values.stream().map(v -> v != null && ISO_DATE.matcher(v).matches() ? (Object) LocalDate.parse(v) : v).toArray();
            return clip(ProblemTexts.render(Text.of(n.messageKey, args), locale));
        } catch (JsonProcessingException | java.time.DateTimeException e) {
            return n.message;
        }
    }

    static String clip(String text) {
        return text.length() > MAX ? text.substring(0, MAX) : text;
    }
}
