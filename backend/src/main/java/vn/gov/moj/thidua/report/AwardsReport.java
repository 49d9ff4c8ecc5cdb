package vn.gov.moj.thidua.report;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.org.UnitKind;

@Schema(name = "AwardsReport", description = "Awards granted (ledger rows not revoked) and how far they reach: level of the awardee's unit and leaders vs frontline staff")
public record AwardsReport(
        @Schema(examples = "2024") Integer yearFrom,
        @Schema(examples = "2025") Integer yearTo,
        @Schema(required = true, examples = "120") long awards,
        @Schema(required = true, description = "Awards to people", examples = "100") long individualAwards,
        @Schema(required = true, description = "Awards to units (tập thể)", examples = "20") long collectiveAwards,
        @Schema(required = true, description = "Every level, in order, zeros included") List<LevelReach> byLevel,
        @Schema(required = true) StaffReach staff,
        @Schema(required = true) List<TypeCount> byAwardType,
        @Schema(required = true) List<YearCount> byYear,
        @Schema(required = true) List<KindCount> byUnitKind) {

    @Schema(name = "LevelReach", description = "Awards whose awardee works at this level")
    public record LevelReach(
            @Schema(required = true) ReachLevel level,
            @Schema(required = true, examples = "12") long awards,
            @Schema(required = true, examples = "10") long individualAwards,
            @Schema(required = true, examples = "2") long collectiveAwards,
            @Schema(required = true, description = "Share of all awards, 0–1, 4 decimals", examples = "0.1000") BigDecimal share) {
    }

    @Schema(name = "StaffReach", description = "Individual awards by the awardee's position: leaders (lãnh đạo) vs frontline staff")
    public record StaffReach(
            @Schema(required = true, examples = "100") long individualAwards,
            @Schema(required = true, examples = "45") long leaderAwards,
            @Schema(required = true, examples = "55") long frontlineAwards,
            @Schema(required = true, description = "frontlineAwards / individualAwards, 0–1", examples = "0.5500") BigDecimal frontlineShare,
            @Schema(required = true, description = "Individual awards to frontline staff at commune level", examples = "6") long communeFrontlineAwards) {
    }

    @Schema(name = "AwardTypeCount")
    public record TypeCount(
            @Schema(required = true, examples = "CSTDCS") String awardTypeCode,
            @Schema(required = true, examples = "Chiến sĩ thi đua cơ sở") String awardTypeName,
            @Schema(required = true, examples = "40") long awards,
            @Schema(required = true, examples = "30") long ministry,
            @Schema(required = true, examples = "6") long provincial,
            @Schema(required = true, examples = "3") long district,
            @Schema(required = true, examples = "1") long commune,
            @Schema(required = true, examples = "22") long frontline) {
    }

    @Schema(name = "AwardYearCount")
    public record YearCount(
            @Schema(required = true, examples = "2025") int year,
            @Schema(required = true, examples = "60") long awards,
            @Schema(required = true, examples = "4") long commune,
            @Schema(required = true, examples = "30") long frontline) {
    }

    @Schema(name = "AwardUnitKindCount")
    public record KindCount(
            @Schema(required = true) UnitKind unitKind,
            @Schema(required = true) ReachLevel level,
            @Schema(required = true, examples = "7") long awards) {
    }
}
