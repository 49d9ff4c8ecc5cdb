package vn.gov.moj.thidua.report.statistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.gov.moj.thidua.nomination.AwardReads;
import vn.gov.moj.thidua.report.statistics.FormLayout.Line;

/**
 * The rows 0602.N and 0603.N share (đối tượng, cấp lãnh đạo, phương thức), at the codes each form gives them, and the
 * fact a ledger row makes. Collective awards count under Tập thể; doanh nghiệp and hộ gia đình cannot be awardees in
 * this ledger (every awardee unit is a justice-sector body), so those rows stay 0 — docs/statistics.md.
 */
final class AwardFacts {

    static final String MISSING_METHOD = "phương thức khen thưởng";
    static final String MISSING_TIER = "cấp lãnh đạo (chức vụ tại ngày quyết định)";

    private static final String[] TIER_LABELS = { "+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên",
            "+ Lãnh đạo cấp vụ, sở, ngành và tương đương", "+ Doanh nhân", "+ Các cấp lãnh đạo khác từ phó phòng trở lên",
            "+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân,...)" };

    private static final String[] METHOD_LABELS = { "Thường xuyên", "Chuyên đề", "Đột xuất", "Đối ngoại", "Cống hiến", "Niên hạn", "Kháng chiến" };

    private final int collective;
    private final int tiers;
    private final int methods;

    /** collective: the code of "Tập thể"; the next three are doanh nghiệp, hộ gia đình, cá nhân, then tiers, then methods. */
    AwardFacts(int collective) {
        this.collective = collective;
        this.tiers = collective + 4;
        this.methods = tiers + LeadershipTier.values().length;
    }

    static String code(int n) {
        return "%02d".formatted(n);
    }

    List<Line> lines(String subjectHeading, String methodHeading) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.heading(subjectHeading));
        lines.add(Line.item(code(collective), "Tập thể", "Tập thể"));
        lines.add(Line.sub(code(collective + 1), "Trong đó: Doanh nghiệp", "Doanh nghiệp"));
        lines.add(Line.item(code(collective + 2), "Hộ gia đình", "Hộ"));
        lines.add(Line.item(code(collective + 3), "Cá nhân", "Người"));
        for (int i = 0; i < TIER_LABELS.length; i++) {
            lines.add(Line.sub(code(tiers + i), TIER_LABELS[i], "Người"));
        }
        lines.add(Line.heading(methodHeading));
        for (int i = 0; i < METHOD_LABELS.length; i++) {
            lines.add(Line.item(code(methods + i), METHOD_LABELS[i], null));
        }
        return lines;
    }

    /** The fact of one ledger row counted in the given extra rows (total, submitter) and columns. */
    StatisticsFact fact(AwardReads.StatisticsAward a, Set<String> extraRows, Set<String> columns) {
        Set<String> rows = new HashSet<>(extraRows);
        List<String> missing = new ArrayList<>();
        if (a.individual()) {
            rows.add(code(collective + 3));
            LeadershipTier tier = LeadershipTier.of(a.position(), a.leader());
            if (tier == null) {
                missing.add(MISSING_TIER);
            } else {
                rows.add(code(tiers + tier.ordinal()));
            }
        } else {
            rows.add(code(collective));
        }
        AwardMethod method = AwardMethod.of(a.method(), a.awardKind());
        if (method == null) {
            missing.add(MISSING_METHOD);
        } else {
            rows.add(code(methods + method.ordinal()));
        }
        String detail = "QĐ số " + a.decisionNumber() + " ngày " + Form0601.DAY.format(a.decisionDate());
        return new StatisticsFact(a.id(), "AWARD", a.awardeeName() + " — " + a.awardTypeName(), detail, a.decisionDate(), Set.copyOf(rows),
                columns, List.copyOf(missing));
    }
}
