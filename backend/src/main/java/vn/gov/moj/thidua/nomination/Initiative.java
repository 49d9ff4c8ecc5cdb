package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
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

import vn.gov.moj.thidua.nomination.eligibility.InitiativeScope;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/**
 * Sáng kiến — an initiative recognised as effective at a scope by a recognition decision. It may back one proposal
 * only (R-INIT): a database constraint keeps it to one nomination, and {@code priorUse} records a use before ThiĐua.
 */
@Entity
@Table(name = "initiative")
public class Initiative extends VersionedEntity {

    @Id
    public UUID id;

    public String title;

    @Enumerated(EnumType.STRING)
    public InitiativeScope scope;

    @Column(name = "recognition_number")
    public String recognitionNumber;

    @Column(name = "recognition_date")
    public LocalDate recognitionDate;

    @Column(name = "recognition_body")
    public String recognitionBody;

    @Column(name = "prior_use")
    public String priorUse;

    @ElementCollection
    @CollectionTable(name = "initiative_owner", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "person_id")
    public Set<UUID> ownerIds = new LinkedHashSet<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
