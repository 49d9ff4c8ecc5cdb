package vn.gov.moj.thidua.report.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.gov.moj.thidua.campaign.CampaignReads;
import vn.gov.moj.thidua.catalog.AwardLevel;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.nomination.AwardReads;
import vn.gov.moj.thidua.org.OrgReads;

/** The three statistics forms of a year, computed from campaigns and the awards ledger through their read interfaces. */
@ApplicationScoped
public class StatisticsService {

    /** The forms served, as the path names them. */
    public static final List<String> FORMS = List.of("0601", "0602", "0603");

    @Inject
    CampaignReads campaigns;

    @Inject
    AwardReads awards;

    @Inject
    OrgReads org;

    @ConfigProperty(name = "thidua.statistics.reporting-unit", defaultValue = "Bộ Tư pháp")
    String reportingUnit;

    public StatisticsForm form(String form, int year) {
        Filled filled = fill(form, year);
        return StatisticsForm.of(filled.layout(), year, reportingUnit, filled.facts());
    }

    /** The records counted in the cell (row, column); 400 when the form has no such row code or column key. */
    public StatisticsCell cell(String form, int year, String row, String column) {
        Filled filled = fill(form, year);
        if (filled.layout().rows().stream().noneMatch(l -> row != null && row.equals(l.code()))) {
            throw ApiProblem.invalidField("row", Text.of("report.statistics-no-row", form));
        }
        if (filled.layout().columns().stream().noneMatch(c -> c.key().equals(column))) {
            throw ApiProblem.invalidField("column", Text.of("report.statistics-no-column", form));
        }
        List<StatisticsCell.Record> records = filled.facts().stream().filter(f -> f.countsIn(row, column))
                .map(f -> new StatisticsCell.Record(f.id(), f.kind(), f.label(), f.detail(), f.date())).toList();
        return new StatisticsCell(form, year, row, column, records.size(), records);
    }

    private record Filled(FormLayout layout, List<StatisticsFact> facts) {
    }

    private Filled fill(String form, int year) {
        if (!FORMS.contains(form)) {
            throw ApiProblem.notFound("Statistics form", form);
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (org.periodsBetween(first, last).isEmpty()) {
            throw ApiProblem.of(404, "/problems/not-found", "Not found", Text.of("report.statistics-no-period", String.valueOf(year)));
        }
        return switch (form) {
            case "0601" -> new Filled(Form0601.LAYOUT, campaigns.statisticsCampaigns(first, last).stream().map(Form0601::fact).toList());
            case "0602" -> {
                FormLayout layout = Form0602.layout(awards.statisticsAwardTypes());
                yield new Filled(layout, awardFacts(year, Form0602.LEVELS, a -> Form0602.fact(a, layout)));
            }
            default -> new Filled(Form0603.LAYOUT, awardFacts(year, Form0603.LEVELS, Form0603::fact));
        };
    }

    /** The facts of the year's ledger rows of the form's levels (read on the replica when one is configured). */
    private List<StatisticsFact> awardFacts(int year, Set<AwardLevel> levels,
            Function<AwardReads.StatisticsAward, Optional<StatisticsFact>> toFact) {
        return awards.statisticsAwards(year, levels).stream().map(toFact).flatMap(Optional::stream).toList();
    }
}
