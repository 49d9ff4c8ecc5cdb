package vn.gov.moj.thidua.nomination;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.gov.moj.thidua.common.read.WaitingItem;

/**
 * What the inbox reads of nomination dossiers. Each dossier comes titled with its award type; detail: the nominee and
 * the proposing unit; due: the public-comment closing date while in {@link NominationStatus#PUBLIC_COMMENT}.
 */
public interface DossierReads {

    /** The unit's own dossiers in these states. */
    List<WaitingItem> ofUnit(UUID unitId, Set<NominationStatus> statuses, int limit);

    /** Every unit's dossiers in these states. */
    List<WaitingItem> inStates(Set<NominationStatus> statuses, int limit);

    /** Per cluster of the period: the dossiers of the period whose unit is a member. */
    java.util.Map<UUID, Long> dossiersByCluster(UUID periodId);

    /** The period's dossiers by state (states with none are left out). */
    java.util.Map<NominationStatus, Long> dossiersByStatus(UUID periodId);
}
