package vn.gov.moj.thidua.nomination.eligibility;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The receipt of the rule parameters an eligibility report read (issue 18): every version read, a SHA-256 hash of the
 * rule set in a canonical form, and what changed against an earlier receipt. Pure: no clock, no database.
 *
 * <p>Canonical form (documented in docs/statistics.md): one line per parameter read, sorted by rule id then key, each
 * line {@code ruleId|key|versionId|effectiveFrom|effectiveTo|value} followed by {@code \n}, dates ISO
 * ({@code yyyy-MM-dd}), an open end or a missing version written as an empty field, the value with surrounding blanks
 * removed; the lines are encoded in UTF-8 and hashed with SHA-256, written as 64 lower-case hex digits. A parameter
 * read twice is listed once.
 */
public final class RuleSetReceipt {

    private RuleSetReceipt() {
    }

    /**
     * One parameter as read: the version's id (null when no version was in force and the researched default was used,
     * and then the range is empty too; a cluster's override gives its own id), its effective range and the value used.
     */
    public record ParameterRead(String ruleId, String key, String versionId, LocalDate effectiveFrom, LocalDate effectiveTo,
            String value, String legalSource) {

        String identity() {
            return ruleId + "|" + key;
        }

        String canonicalLine() {
            return ruleId + "|" + key + "|" + text(versionId) + "|" + text(effectiveFrom) + "|" + text(effectiveTo) + "|"
                    + (value == null ? "" : value.strip()) + "\n";
        }

        boolean sameVersion(ParameterRead other) {
            return Objects.equals(versionId, other.versionId) && Objects.equals(effectiveFrom, other.effectiveFrom)
                    && Objects.equals(effectiveTo, other.effectiveTo)
                    && Objects.equals(value == null ? null : value.strip(), other.value == null ? null : other.value.strip());
        }

        private static String text(Object o) {
            return o == null ? "" : o.toString();
        }
    }

    /** A parameter whose version differs between two receipts; {@code before} or {@code after} is null when only one read it. */
    public record Change(String ruleId, String key, ParameterRead before, ParameterRead after) {
    }

    /** The reads sorted by rule id and key, each parameter once (the first read kept). */
    public static List<ParameterRead> normalised(List<ParameterRead> reads) {
        Map<String, ParameterRead> once = new LinkedHashMap<>();
        reads.forEach(r -> once.putIfAbsent(r.identity(), r));
        return once.values().stream().sorted(Comparator.comparing(ParameterRead::ruleId).thenComparing(ParameterRead::key)).toList();
    }

    public static String canonical(List<ParameterRead> reads) {
        StringBuilder text = new StringBuilder();
        normalised(reads).forEach(r -> text.append(r.canonicalLine()));
        return text.toString();
    }

    /** SHA-256 of {@link #canonical}, 64 lower-case hex digits. */
    public static String hash(List<ParameterRead> reads) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(reads).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The parameters whose version (id, range or value) differs between the two receipts, sorted by rule id and key. */
    public static List<Change> changes(List<ParameterRead> previous, List<ParameterRead> current) {
        Map<String, ParameterRead> before = index(previous);
        Map<String, ParameterRead> after = index(current);
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String id : ids) {
            ParameterRead b = before.get(id);
            ParameterRead a = after.get(id);
            if (b == null || a == null || !b.sameVersion(a)) {
                ParameterRead any = a != null ? a : b;
                changes.add(new Change(any.ruleId(), any.key(), b, a));
            }
        }
        return changes;
    }

    private static Map<String, ParameterRead> index(List<ParameterRead> reads) {
        Map<String, ParameterRead> map = new LinkedHashMap<>();
        normalised(reads).forEach(r -> map.put(r.identity(), r));
        return map;
    }
}
