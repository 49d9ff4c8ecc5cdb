package vn.gov.moj.thidua.scoring;

/** Where a score sheet (bảng tự chấm điểm) stands. */
public enum ScoreSheetStatus {
    DRAFT, SUBMITTED, CERTIFIED, VERIFIED, LOCKED, RETURNED
}
