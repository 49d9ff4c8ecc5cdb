package vn.gov.moj.thidua.nomination;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import vn.gov.moj.thidua.org.UnitKind;

/**
 * What reports read of the awards ledger: counts of rows not revoked, by the awardee's unit — the unit itself, or
 * the person's unit on the decision date, else their current unit.
 */
public interface AwardReads {

    /** Counts by year, award type, the awardee unit's kind, person or unit, and the person's leader flag; every filter optional. */
    List<Tally> tally(Integer yearFrom, Integer yearTo, UUID awardTypeId, UnitKind unitKind);

    /** Counts for awardees in these units by year, award type, person or unit, and unit; latest year first. */
    List<UnitTally> tallyForUnits(Collection<UUID> unitIds);

    record Tally(int year, String awardTypeCode, String awardTypeName, UnitKind unitKind, boolean individual, boolean leader,
            long awards) {
    }

    record UnitTally(int year, String awardTypeCode, String awardTypeName, boolean individual, String unitName, long awards) {
    }

    /** Awards not revoked for the emulation years from..to, per level: to people and to units. */
    java.util.Map<vn.gov.moj.thidua.catalog.AwardLevel, long[]> awardsByLevel(int yearFrom, int yearTo);

    /**
     * Every ledger row not revoked for the emulation year, with what the statistics forms classify it by: the award
     * type, person or unit, the awardee's unit kind, the person's position on the decision date (their assignment then,
     * else their recorded position) and leader flag, and the recorded award method (null when none was recorded). Only
     * rows whose award type has one of these levels: each form counts its levels, and a year of the ledger is ~100,000
     * rows at ministry scale, most of them base-level titles no form counts.
     */
    List<StatisticsAward> statisticsAwards(int year, java.util.Set<vn.gov.moj.thidua.catalog.AwardLevel> levels);

    /** The active award types, with their kind, level and who may receive them, by code. */
    List<StatisticsAwardType> statisticsAwardTypes();

    record StatisticsAward(UUID id, String awardTypeCode, String awardTypeName, vn.gov.moj.thidua.catalog.AwardKind awardKind,
            vn.gov.moj.thidua.catalog.AwardLevel level, boolean individual, String awardeeName, UnitKind unitKind, String position,
            boolean leader, String method, String decisionNumber, java.time.LocalDate decisionDate) {
    }

    record StatisticsAwardType(String code, String name, vn.gov.moj.thidua.catalog.AwardLevel level,
            vn.gov.moj.thidua.catalog.AwardSubject subject) {
    }
}
