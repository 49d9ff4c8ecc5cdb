package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/**
 * Bảng tiêu chí chấm điểm thi đua — the yearly criteria table of one target group, as sections of criteria.
 * The sections are one document (they are always read and replaced whole, and frozen once published).
 */
@Entity
@Table(name = "scoring_template")
public class ScoringTemplate extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "period_id")
    public UUID periodId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group")
    public TargetGroup targetGroup;

    @Column(name = "version_no")
    public int versionNo;

    public String name;

    @Enumerated(EnumType.STRING)
    public TemplateStatus status;

    @Column(name = "total_points")
    public BigDecimal totalPoints;

    @Column(name = "requires_certification")
    public boolean requiresCertification;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tie_break")
    public List<String> tieBreak = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<TemplateSection> sections = new ArrayList<>();

    @Column(name = "published_at")
    public Instant publishedAt;

    public Optional<Located> criterion(String code) {
        for (TemplateSection section : sections) {
            for (TemplateCriterion criterion : section.criteria()) {
                if (criterion.code().equals(code)) {
                    return Optional.of(new Located(section, criterion));
                }
            }
        }
        return Optional.empty();
    }

    public List<Located> allCriteria() {
        List<Located> all = new ArrayList<>();
        sections.forEach(s -> s.criteria().forEach(c -> all.add(new Located(s, c))));
        return all;
    }

    /** A criterion with its section. */
    public record Located(TemplateSection section, TemplateCriterion criterion) {
    }

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
