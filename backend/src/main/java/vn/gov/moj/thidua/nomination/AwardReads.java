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
}
