package vn.gov.moj.thidua.catalog;

import java.math.BigDecimal;

/** How a rule parameter's value is written: "0.15", "2/3", "3", "true", "ALL_MEMBERS". */
public enum ValueType {
    DECIMAL, FRACTION, INTEGER, BOOLEAN, TEXT;

    /** @return null when the text is a valid value of this type, else why not */
    public String problemWith(String value) {
        if (value == null || value.isBlank()) {
            return "must not be blank";
        }
        try {
            switch (this) {
                case DECIMAL -> new BigDecimal(value.strip());
                case FRACTION -> Fraction.parse(value);
                case INTEGER -> Integer.parseInt(value.strip());
                case BOOLEAN -> {
                    if (!value.strip().equals("true") && !value.strip().equals("false")) {
                        return "must be true or false";
                    }
                }
                case TEXT -> {
                }
            }
        } catch (IllegalArgumentException e) {
            return "is not a valid " + name().toLowerCase() + " value" + (this == FRACTION ? " (write e.g. 2/3 or 0.9)" : "");
        }
        return null;
    }
}
