package vn.gov.moj.thidua.nomination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.catalog.RuleBook;
import vn.gov.moj.thidua.catalog.RuleValue;
import vn.gov.moj.thidua.nomination.eligibility.AwardCode;
import vn.gov.moj.thidua.nomination.eligibility.Fact;
import vn.gov.moj.thidua.nomination.eligibility.RuleParameters;
import vn.gov.moj.thidua.nomination.eligibility.RuleSetReceipt;

/**
 * Reads the eligibility rules' parameters in force on a date from the rule book: every version read (or default used
 * for want of one) goes on the receipt, and a missing parameter is noted on the report with the default used.
 */
@ApplicationScoped
class EligibilityParameters {

    @Inject
    RuleBook rules;

    /** The parameters in force on {@code date} for award {@code code}. */
    RuleParameters inForce(String code, LocalDate date, List<Fact.Phrase> notes, List<RuleSetReceipt.ParameterRead> read) {
        RuleParameters d = RuleParameters.defaults();
        boolean excellent = AwardCode.TTLDXS.equals(code);
        return new RuleParameters(
                decimal("R-CSTDCS-QUOTA", "maxShareOfLdtt", date, d.cstdcsQuotaOfLdtt(), notes, read),
                integer("R-CSTD-BO", "consecutiveCstdcsYears", date, d.cstdNganhConsecutiveCstdcs(), notes, read),
                integer("R-CSTDTQ", "consecutiveMinistryCstdYears", date, d.cstdtqConsecutiveCstdNganh(), notes, read),
                decimal(excellent ? "R-TTLDXS" : "R-TTLDTT", "minShareLdtt", date, d.collectiveLdttShare(), notes, read),
                decimal("R-TTLDXS", "minShareCompletingTasks", date, d.ttldxsCompletingShare(), notes, read),
                integer("R-TTLDXS", "minCstdcsMembers", date, d.ttldxsMinCstdcs(), notes, read),
                d.ttldxsNoDisciplineRequired(),
                integer(AwardCode.CO_CHINH_PHU.equals(code) ? "R-CO-CP" : "R-CO-NGANH", "flagsPerCluster", date, d.flagsPerCluster(), notes, read),
                integer("R-BK-TTG(b)", "consecutiveYears", date, d.bkTtgConsecutiveYears(), notes, read),
                integer("R-BK-TTG(b)", "cstdcsWithin", date, d.bkTtgCstdcsWithin(), notes, read),
                value("R-STATE-PER-YEAR", "applies", date, d.statePerYearApplies(), read).map(RuleValue::flag).orElse(d.statePerYearApplies()));
    }

    /** The version in force, noted on the receipt; without one, the default is noted as used. */
    Optional<RuleValue> value(String rule, String key, LocalDate date, Object fallback, List<RuleSetReceipt.ParameterRead> read) {
        Optional<RuleValue> v = rules.valueOn(rule, key, date);
        read.add(v.map(EligibilityReceipts::read).orElseGet(() -> EligibilityReceipts.fallback(rule, key, fallback)));
        return v;
    }

    private BigDecimal decimal(String rule, String key, LocalDate date, BigDecimal fallback, List<Fact.Phrase> notes,
            List<RuleSetReceipt.ParameterRead> read) {
        return value(rule, key, date, fallback, read).map(RuleValue::decimal).orElseGet(() -> missing(rule, key, date, fallback, notes));
    }

    private int integer(String rule, String key, LocalDate date, int fallback, List<Fact.Phrase> notes, List<RuleSetReceipt.ParameterRead> read) {
        return value(rule, key, date, fallback, read).map(RuleValue::integer).orElseGet(() -> missing(rule, key, date, fallback, notes));
    }

    private static <T> T missing(String rule, String key, LocalDate date, T fallback, List<Fact.Phrase> notes) {
        notes.add(Fact.phrase("note.parameterMissing", rule, key, date, fallback));
        return fallback;
    }
}
