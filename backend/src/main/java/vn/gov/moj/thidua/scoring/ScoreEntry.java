package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One criterion of a score sheet: the unit's measured input and points, and the cluster's verified ones. */
@Embeddable
public class ScoreEntry {

    @Column(name = "criterion_code")
    public String criterionCode;

    @Column(name = "section_code")
    public String sectionCode;

    @Enumerated(EnumType.STRING)
    public CriterionMethod method;

    @Column(name = "self_input")
    public BigDecimal selfInput;

    @Column(name = "self_points")
    public BigDecimal selfPoints;

    public String note;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Evidence> evidence = new ArrayList<>();

    @Column(name = "verified_input")
    public BigDecimal verifiedInput;

    @Column(name = "verified_points")
    public BigDecimal verifiedPoints;

    @Column(name = "diff_reason")
    public String diffReason;
}
