package vn.gov.moj.thidua.nomination.eligibility;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one catalogue of the rules' texts, Vietnamese first and English: each rule's name, its legal source as a
 * citation (law, or a practice shown for reference), and its explanations with the figures that decided them
 * ({@code i18n/eligibility_vi.properties}, {@code _en.properties}). Keys: {@code <ruleId>.name}, {@code <ruleId>.law},
 * {@code <ruleId>.practice}, {@code <ruleId>.<reason>}, names of codes as {@code <group>.<code>}, phrases and notes.
 */
public final class EligibilityTexts {

    public static final Locale VI = Locale.forLanguageTag("vi");
    public static final Locale EN = Locale.ENGLISH;
    public static final List<Locale> LANGUAGES = List.of(VI, EN);

    private static final String BUNDLE = "i18n.eligibility";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Whether a citation is binding law or a practice shown for reference ("tham khảo"). */
    @Schema(name = "CitationBinding")
    public enum Binding {
        LAW, PRACTICE
    }

    public record Citation(String text, Binding binding) {
    }

    private EligibilityTexts() {
    }

    /** The reader's language from an Accept-Language header: Vietnamese unless English is preferred. */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VI;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return best == null ? VI : best;
        } catch (IllegalArgumentException malformed) {
            return VI;
        }
    }

    public static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language.getLanguage().equals("en") ? EN : VI, EligibilityTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String name(String ruleId, Locale language) {
        return bundle(language).getString(ruleId + ".name");
    }

    /** The rule's law first, then any practice it also follows. */
    public static List<Citation> citations(String ruleId, Locale language) {
        ResourceBundle b = bundle(language);
        List<Citation> citations = new ArrayList<>();
        if (b.containsKey(ruleId + ".law")) {
            citations.add(new Citation(b.getString(ruleId + ".law"), Binding.LAW));
        }
        if (b.containsKey(ruleId + ".practice")) {
            citations.add(new Citation(b.getString(ruleId + ".practice"), Binding.PRACTICE));
        }
        return citations;
    }

    /**
     * @param awardNames catalog names of award codes, used where the catalogue has none in this language (and first
     *                   in Vietnamese: the catalog's own name)
     */
    public static String explanation(RuleResult result, Locale language, Map<String, String> awardNames) {
        return format(result.ruleId() + "." + result.reason(), result.facts(), language, awardNames);
    }

    /** A note or phrase of the catalogue with its figures. */
    public static String format(String key, List<Object> facts, Locale language, Map<String, String> awardNames) {
        ResourceBundle b = bundle(language);
        Object[] args = facts.stream().map(f -> text(f, language, awardNames)).toArray();
        return new MessageFormat(b.getString(key), language).format(args);
    }

    /** A code by its name in the language, the code itself when the catalogue does not know it. */
    public static String named(Fact.Named named, Locale language, Map<String, String> awardNames) {
        ResourceBundle b = bundle(language);
        String key = named.group() + "." + named.code();
        if ("award".equals(named.group())) {
            String catalog = awardNames.get(named.code());
            if (catalog != null && (language.getLanguage().equals("vi") || !b.containsKey(key))) {
                return catalog;
            }
        }
        return b.containsKey(key) ? b.getString(key) : named.code();
    }

    public static String date(LocalDate date, Locale language) {
        return DATE.format(date);
    }

    static String text(Object fact, Locale language, Map<String, String> awardNames) {
        if (fact instanceof Fact.Named n) {
            return named(n, language, awardNames);
        }
        if (fact instanceof Fact.Phrase p) {
            return format(p.key(), p.facts(), language, awardNames);
        }
        if (fact instanceof Fact.Percent p) {
            NumberFormat percent = NumberFormat.getPercentInstance(language);
            percent.setMaximumFractionDigits(1);
            return percent.format(p.share());
        }
        if (fact instanceof Fact.Years y) {
            return y.years().stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (fact instanceof LocalDate d) {
            return date(d, language);
        }
        if (fact instanceof BigDecimal d) {
            return NumberFormat.getNumberInstance(language).format(d);
        }
        if (fact instanceof Collection<?> items) {
            return items.stream().map(i -> text(i, language, awardNames)).collect(Collectors.joining("; "));
        }
        return String.valueOf(fact);
    }
}
