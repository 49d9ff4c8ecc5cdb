package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.CreationStamped;
import vn.gov.moj.thidua.common.persistence.Timestamps;
import vn.gov.moj.thidua.common.signature.SignatureStatus;

/** A file of a dossier, with its SHA-256 so the stored copy can be checked against the signed original. */
@Entity
@Table(name = "nomination_document")
@EntityListeners(Timestamps.class)
public class NominationDocument implements CreationStamped {

    @Id
    public UUID id;

    @Column(name = "nomination_id")
    public UUID nominationId;

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;

    public String title;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    /** The signature check of a PDF tờ trình (V74); null for files not checked. */
    @Enumerated(EnumType.STRING)
    @Column(name = "signature_status")
    public SignatureStatus signatureStatus;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signer_organisation")
    public String signerOrganisation;

    @Column(name = "signer_serial")
    public String signerSerial;

    @Column(name = "signer_issuer")
    public String signerIssuer;

    @Column(name = "signing_time")
    public Instant signingTime;

    @Column(name = "signature_indication")
    public String signatureIndication;

    @Column(name = "signature_sub_indication")
    public String signatureSubIndication;

    /** The catalogue key of why the signature is not valid, and its second value (the first is the signer). */
    @Column(name = "signature_reason")
    public String signatureReason;

    @Column(name = "signature_reason_detail")
    public String signatureReasonDetail;

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
