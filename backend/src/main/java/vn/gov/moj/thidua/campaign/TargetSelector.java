package vn.gov.moj.thidua.campaign;

/** How a campaign's target units are chosen: a whole cluster, every unit of a kind, or a list. */
public enum TargetSelector {
    CLUSTER, KIND, LIST
}
