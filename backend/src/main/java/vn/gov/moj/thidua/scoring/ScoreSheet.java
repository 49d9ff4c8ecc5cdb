package vn.gov.moj.thidua.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/** Bảng chấm điểm — one unit's scores in one cluster and period, against one published template. */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "template_id")
    public UUID templateId;

    @Column(name = "cluster_id")
    public UUID clusterId;

    @Column(name = "unit_id")
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    public ScoreSheetStatus status;

    @Column(name = "return_comment")
    public String returnComment;

    @Column(name = "certification_note")
    public String certificationNote;

    @ElementCollection
    @CollectionTable(name = "score_entry", joinColumns = @JoinColumn(name = "sheet_id"))
    public List<ScoreEntry> entries = new ArrayList<>();

    public Optional<ScoreEntry> entry(String criterionCode) {
        return entries.stream().filter(e -> e.criterionCode.equals(criterionCode)).findFirst();
    }

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
