package vn.gov.moj.thidua.nomination;

/**
 * Phương thức khen thưởng (Luật Thi đua, khen thưởng 2022; rows 15–21 of Biểu 0602.N, Thông tư 02/2023/TT-BNV):
 * thường xuyên, chuyên đề, đột xuất, đối ngoại, cống hiến, niên hạn, kháng chiến.
 */
public enum AwardMethod {
    REGULAR, THEMATIC, AD_HOC, FOREIGN, CONTRIBUTION, SENIORITY, RESISTANCE
}
