package vn.gov.moj.thidua.nomination.eligibility;

import java.math.BigDecimal;
import java.util.List;

/** The figures a result or a note carries that the text catalogue renders in the reader's language. */
public sealed interface Fact {

    /** A code shown by its name: an award type, a document kind, a rating, a dossier status, a pending-case kind. */
    record Named(String group, String code) implements Fact {
    }

    /** A sentence of its own in the catalogue, e.g. one of the nominee's other dossiers. */
    record Phrase(String key, List<Object> facts) implements Fact {

        public Phrase {
            facts = facts.stream().map(f -> f == null ? (Object) "" : f).toList();
        }
    }

    /** A share shown as a percentage. */
    record Percent(BigDecimal share) implements Fact {
    }

    /** Years listed in order, e.g. "2023, 2024, 2025". */
    record Years(List<Integer> years) implements Fact {

        public Years {
            years = List.copyOf(years);
        }

        public static Years between(int from, int to) {
            return new Years(java.util.stream.IntStream.rangeClosed(from, to).boxed().toList());
        }
    }

    static Named award(String code) {
        return new Named("award", code);
    }

    static Named document(String kind) {
        return new Named("document", kind);
    }

    static Named rating(Enum<?> rating) {
        return new Named("rating", rating.name());
    }

    static Named status(String status) {
        return new Named("status", status);
    }

    static Named pendingCase(String kind) {
        return new Named("case", kind);
    }

    static Phrase phrase(String key, Object... facts) {
        return new Phrase(key, java.util.Arrays.asList(facts));
    }

    static Percent percent(double share) {
        return new Percent(BigDecimal.valueOf(share));
    }

    static Percent percent(BigDecimal share) {
        return new Percent(share);
    }
}
