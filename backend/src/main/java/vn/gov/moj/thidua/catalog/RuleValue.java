package vn.gov.moj.thidua.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value of one rule parameter in force on a date, with where it comes from; {@code versionId} is the version's id
 * (a cluster override's own id when the value is an override), so a reader can name exactly what it read.
 */
public record RuleValue(String ruleId, String key, ValueType type, String value, LocalDate effectiveFrom,
        LocalDate effectiveTo, String legalSource, boolean verified, java.util.UUID versionId) {

    public BigDecimal decimal() {
        return type == ValueType.FRACTION ? fraction().toDecimal() : new BigDecimal(value.strip());
    }

    public Fraction fraction() {
        return Fraction.parse(value);
    }

    public int integer() {
        return Integer.parseInt(value.strip());
    }

    public boolean flag() {
        return Boolean.parseBoolean(value.strip());
    }

    public String text() {
        return value;
    }

    static RuleValue of(RuleParameter p) {
        String source = p.legalArticle == null ? p.legalInstrument : p.legalInstrument + ", " + p.legalArticle;
        return new RuleValue(p.ruleId, p.key, p.valueType, p.value, p.effectiveFrom, p.effectiveTo, source, p.verified, p.id);
    }
}
