package vn.gov.moj.thidua.common.problem;

import java.util.Arrays;

/**
 * A message of the problem catalogue: its key in {@code i18n/problems*.properties} and the values it names
 * ({@link java.text.MessageFormat} arguments). Rendered in the caller's language when the problem is answered.
 */
public record Text(String key, Object... args) {

    public static Text of(String key, Object... args) {
        return new Text(key, args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && key.equals(text.key) && Arrays.equals(args, text.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }
}
