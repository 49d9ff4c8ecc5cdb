package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * Graded bands: a measured percentage (QĐ 1023/QĐ-BTP-style "100% → 2; 95–&lt;100% → 1.75 …") or days late
 * (Đồng Tháp 2022: "1–2 days → 1.5; 3–5 → 1 …") falls into exactly one band — docs/domain.md, "Scoring methods".
 */
final class BandedMethod implements ScoringMethod {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static final BandedMethod PERCENT = new BandedMethod(true);
    static final BandedMethod DAYS_LATE = new BandedMethod(false);

    private final boolean percent;

    private BandedMethod(boolean percent) {
        this.percent = percent;
    }

    @Override
    public void checkDefinition(TemplateCriterion criterion, String path, List<FieldText> faults) {
        List<Band> bands = criterion.bands();
        String at = path + ".bands";
        if (bands == null || bands.isEmpty()) {
            faults.add(new FieldText(at, Text.of("scoring.band-needed")));
            return;
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String bandPath = at + "[" + i + "]";
            if (band == null || band.from() == null || band.points() == null) {
                faults.add(new FieldText(bandPath, Text.of("scoring.band-from-points")));
                return;
            }
            if (band.to() != null && band.to().compareTo(band.from()) <= 0) {
                faults.add(new FieldText(bandPath, Text.of("scoring.band-to-after-from")));
            }
            if (band.points().signum() < 0 || (criterion.maxPoints() != null && band.points().compareTo(criterion.maxPoints()) > 0)) {
                faults.add(new FieldText(bandPath + ".points", Text.of("scoring.band-points-range")));
            }
            if (percent && band.from().compareTo(HUNDRED) > 0) {
                faults.add(new FieldText(bandPath + ".from", Text.of("scoring.band-percent-above")));
            }
        }
        List<Band> sorted = bands.stream().sorted(Comparator.comparing(Band::from)).toList();
        if (sorted.get(0).from().signum() != 0) {
            faults.add(new FieldText(at, Text.of("scoring.bands-start-zero", sorted.get(0).from().toPlainString())));
        }
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Band lower = sorted.get(i);
            Band upper = sorted.get(i + 1);
            if (lower.to() == null || lower.to().compareTo(upper.from()) > 0) {
                faults.add(new FieldText(at, Text.of("scoring.bands-overlap", upper.from().toPlainString())));
            } else if (lower.to().compareTo(upper.from()) < 0) {
                faults.add(new FieldText(at, Text.of("scoring.bands-gap", lower.to().toPlainString(), upper.from().toPlainString())));
            }
        }
        Band last = sorted.get(sorted.size() - 1);
        if (last.to() != null && (!percent || last.to().compareTo(HUNDRED) <= 0)) {
            faults.add(new FieldText(at, percent ? Text.of("scoring.bands-percent-top") : Text.of("scoring.bands-open-end", last.to().toPlainString())));
        }
        boolean reachesMax = criterion.maxPoints() != null
                && bands.stream().anyMatch(b -> b.points().compareTo(criterion.maxPoints()) == 0);
        if (criterion.maxPoints() != null && !reachesMax) {
            faults.add(new FieldText(at, Text.of("scoring.bands-max", criterion.maxPoints().toPlainString())));
        }
    }

    @Override
    public Text inputFault(TemplateCriterion criterion, BigDecimal input) {
        if (input.signum() < 0) {
            return percent ? Text.of("scoring.percentage") : Text.of("scoring.whole-days");
        }
        if (percent) {
            return input.compareTo(HUNDRED) > 0 ? Text.of("scoring.percentage") : null;
        }
        return ScoringMethod.isWhole(input) ? null : Text.of("scoring.whole-days");
    }

    @Override
    public BigDecimal points(TemplateCriterion criterion, BigDecimal input) {
        return criterion.bands().stream().filter(b -> b.contains(input)).findFirst()
                .map(b -> ScoringMethod.rounded(b.points()))
                .orElseThrow(() -> new IllegalStateException("no band covers " + input + " in " + criterion.code()));
    }
}
