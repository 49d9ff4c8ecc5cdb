package vn.gov.moj.thidua.catalog;

import java.math.BigDecimal;

import vn.gov.moj.thidua.common.problem.Text;

/** How a rule parameter's value is written: "0.15", "2/3", "3", "true", "ALL_MEMBERS". */
public enum ValueType {
    DECIMAL, FRACTION, INTEGER, BOOLEAN, TEXT;

    /** @return null when the text is a valid value of this type, else why not */
    public Text problemWith(String value) {
        if (value == null || value.isBlank()) {
            return Text.of("catalog.value-blank");
        }
        try {
            switch (this) {
                case DECIMAL -> new BigDecimal(value.strip());
                case FRACTION -> Fraction.parse(value);
                case INTEGER -> Integer.parseInt(value.strip());
                case BOOLEAN -> {
                    if (!value.strip().equals("true") && !value.strip().equals("false")) {
                        return Text.of("catalog.value-boolean");
                    }
                }
                case TEXT -> {
                }
            }
        } catch (IllegalArgumentException e) {
            return Text.of(this == FRACTION ? "catalog.value-fraction" : "catalog.value-invalid", this);
        }
        return null;
    }
}
