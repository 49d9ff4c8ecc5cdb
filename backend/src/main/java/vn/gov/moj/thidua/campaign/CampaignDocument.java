package vn.gov.moj.thidua.campaign;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.CreationStamped;
import vn.gov.moj.thidua.common.persistence.Timestamps;

/** A campaign's document: a stored file (kế hoạch, quyết định, hướng dẫn) or a link to one. */
@Entity
@Table(name = "campaign_document")
@EntityListeners(Timestamps.class)
public class CampaignDocument implements CreationStamped {

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    public String title;

    public String url;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public Instant addedAt;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }

    @Override
    public void stampCreation(Instant now) {
        addedAt = now;
    }
}
