package vn.gov.moj.thidua.nomination;

/** The parts of a dossier (Decree 98/2023, Appendix I forms). */
public enum DocumentKind {
    /** Tờ trình (Form 01). */
    TO_TRINH,
    /** Báo cáo thành tích (Form 02). */
    BAO_CAO_THANH_TICH,
    /** Biên bản họp và kết quả bỏ phiếu. */
    BIEN_BAN,
    /** Bản chính hoặc bản sao chứng thực minh chứng (R-EVIDENCE). */
    EVIDENCE
}
