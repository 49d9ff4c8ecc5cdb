package vn.gov.moj.thidua.common.problem;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The problem catalogue: the title of every problem type, the catalogue's messages and the words for fields and
 * objects, in Vietnamese (the default) and English (when the request's {@code Accept-Language} prefers it).
 * Texts live in {@code i18n/problems.properties} (Vietnamese) and {@code i18n/problems_en.properties}.
 */
public final class ProblemTexts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String BUNDLE = "i18n.problems";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProblemTexts() {
    }

    /** English when the caller's first acceptable language is English, else Vietnamese. */
    public static Locale languageOf(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
            if ("vi".equals(language)) {
                return VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }

    static ResourceBundle bundle(Locale locale) {
        // the base file is Vietnamese: asking for it by the root locale avoids the JVM's default locale
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
    }

    /** The title of a problem type ({@code /problems/not-found} → "Không tìm thấy"), or the given one if unknown. */
    public static String title(String type, String fallback, Locale locale) {
        if (type == null) {
            return fallback;
        }
        String name = type.startsWith("/problems/") ? type.substring("/problems/".length()) : type;
        return lookup("title." + name, locale, fallback);
    }

    public static String render(Text text, Locale locale) {
        String pattern = lookup(text.key(), locale, null);
        if (pattern == null) {
            // a word the catalogue lacks (an object kind, a state, an action) reads as its code; a message never should
            return text.args().length == 0 ? text.key().substring(text.key().indexOf('.') + 1) : text.toString();
        }
        Object[] args = text.args().clone();
        for (int i = 0; i < args.length; i++) {
            args[i] = word(args[i], locale);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The words for a field path: {@code entries[0].reason} → "Lý do (dòng 1)"; unknown fields keep their path. */
    public static String field(String path, Locale locale) {
        if (path == null) {
            return null;
        }
        String last = path.replaceAll("\\[\\d+]", "");
        int dot = last.lastIndexOf('.');
        String name = dot >= 0 ? last.substring(dot + 1) : last;
        String label = lookup("field." + name, locale, null);
        if (label == null) {
            return path;
        }
        java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(path);
        String row = null;
        while (index.find()) {
            row = String.valueOf(Integer.parseInt(index.group(1)) + 1);
        }
        return row == null ? label : render(Text.of("field.row", label, row), locale);
    }

    /** "Tên: không được để trống; Năm bắt đầu: …" — each field named in words. */
    public static String fieldsDetail(List<Problem.FieldError> errors, Locale locale) {
        return String.join("; ", errors.stream().map(e -> field(e.field(), locale) + ": " + e.message()).toList());
    }

    /** A catalogue word for a value: an object's kind ("Nomination"), a state ("DRAFT"), a date; else the value. */
    private static Object word(Object value, Locale locale) {
        if (value instanceof Text nested) {
            return render(nested, locale);
        }
        if (value instanceof ApiProblem.Words words) {
            return String.join(", ", words.items().stream().map(w -> render(w, locale)).toList());
        }
        if (value instanceof LocalDate date) {
            return Locale.ENGLISH.equals(locale) ? date.toString() : VIETNAMESE_DATE.format(date);
        }
        if (value instanceof Enum<?> e) {
            return lookup("value." + e.name(), locale, e.name());
        }
        return value;
    }

    /** Words for an object kind named in English in the code ("Award type" → "Loại khen thưởng"). */
    public static String thing(String what, Locale locale) {
        return lookup("thing." + what.replace(' ', '-'), locale, what);
    }

    static String lookup(String key, Locale locale, String fallback) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
