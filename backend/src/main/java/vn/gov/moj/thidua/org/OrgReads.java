package vn.gov.moj.thidua.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.gov.moj.thidua.common.read.WaitingItem;

/** What the inbox and reports read of the organisation, as small records (no entities). */
public interface OrgReads {

    /** Clusters the unit leads, as head or deputy, in any period. */
    List<UUID> clustersLedBy(UUID unitId);

    /** Clusters of periods not yet over that have no head unit; detail: the period label; due: the period's end. */
    List<WaitingItem> clustersWithoutHead(LocalDate today, int limit);

    /** A unit by id, whatever its validity. */
    Optional<UnitLine> unit(UUID unitId);

    /** The unit and every unit merged into it, latest first. */
    List<UnitLine> lineage(UUID unitId);

    /** A unit and its validity. */
    record UnitLine(UUID id, String name, LocalDate validFrom, LocalDate validTo) {
    }

    /** An emulation period by id. */
    Optional<PeriodLine> period(UUID periodId);

    /** The period today falls in, else the latest that has started, else the first to come. */
    Optional<PeriodLine> currentPeriod(LocalDate today);

    /** The emulation periods that share a day with from..to, earliest first. */
    List<PeriodLine> periodsBetween(LocalDate from, LocalDate to);

    /** The clusters of a period with their number of members, by name. */
    List<ClusterLine> clustersOf(UUID periodId);

    record PeriodLine(UUID id, String label, LocalDate startDate, LocalDate endDate) {

        /** The ledger year of the period: the year it ends in ({@link PeriodYears}; October–September periods included). */
        public int ledgerYear() {
            return PeriodYears.ledgerYear(endDate);
        }
    }

    record ClusterLine(UUID id, String name, long members) {
    }
}
