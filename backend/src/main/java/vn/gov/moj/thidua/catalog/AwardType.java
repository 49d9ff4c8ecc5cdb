package vn.gov.moj.thidua.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/** Danh hiệu thi đua or hình thức khen thưởng of the catalog, with who decides it and its legal source. */
@Entity
@Table(name = "award_type")
public class AwardType extends VersionedEntity {

    @Id
    public UUID id;

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public AwardKind kind;

    @Enumerated(EnumType.STRING)
    public AwardSubject subject;

    @Enumerated(EnumType.STRING)
    public AwardLevel level;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "legal_instrument")
    public String legalInstrument;

    @Column(name = "legal_article")
    public String legalArticle;

    @Column(name = "reward_multiple")
    public BigDecimal rewardMultiple;

    @Column(name = "reward_source")
    public String rewardSource;

    public boolean verified;

    public String notes;

    public boolean active;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
