package vn.gov.moj.thidua.nomination.eligibility;

/**
 * R-CO-NGANH — Cờ thi đua ngành Tư pháp goes to a unit that leads its cluster AND is elected by it, within the
 * cluster's flag quota (TT 11/2023/TT-BTP; quota a parameter).
 */
public class SectorFlagPolicy implements EligibilityPolicy {

    public String ruleId() {
        return "R-CO-NGANH";
    }

    public String legalSource() {
        return "Thông tư 11/2023/TT-BTP (Cờ thi đua ngành Tư pháp); Luật 06/2022/QH15 Điều 26";
    }

    public boolean appliesTo(NominationCase c) {
        return c.isFor(AwardCode.CO_NGANH) && c.collective() != null;
    }

    public RuleResult evaluate(NominationCase c, RuleParameters p) {
        CollectiveRecord unit = c.collective();
        if (!unit.electedByItsCluster()) {
            return fail("Not elected (suy tôn) by its cluster in a published vote");
        }
        if (!unit.ledItsCluster()) {
            return fail("Elected, but does not lead its cluster's published ranking");
        }
        if (unit.flagsProposedInCluster() > p.flagsPerCluster()) {
            return fail("The cluster proposes " + unit.flagsProposedInCluster() + " flags; its quota is " + p.flagsPerCluster());
        }
        return pass("Leads its cluster and was elected by it (" + unit.flagsProposedInCluster() + "/" + p.flagsPerCluster()
                + " flags of the cluster)");
    }
}
