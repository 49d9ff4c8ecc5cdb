package vn.gov.moj.thidua.catalog;

/** The level that grants the award: the unit, the Ministry, the Government or the State. */
public enum AwardLevel {
    UNIT, MINISTRY, GOVERNMENT, STATE
}
