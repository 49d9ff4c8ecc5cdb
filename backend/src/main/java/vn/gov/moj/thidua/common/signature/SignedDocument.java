package vn.gov.moj.thidua.common.signature;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.CreationStamped;
import vn.gov.moj.thidua.common.persistence.Timestamps;

/** A signed PDF accepted for an object, with its signer and the validator's verdict. Write-once. */
@Entity
@Table(name = "signed_document")
@EntityListeners(Timestamps.class)
public class SignedDocument implements CreationStamped {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public UUID objectId;

    public String kind;

    @Column(name = "file_name")
    public String fileName;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    public String sha256;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "produced_sha256")
    public String producedSha256;

    public int signatures;

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

    public String indication;

    @Column(name = "sub_indication")
    public String subIndication;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Override
    public void stampCreation(Instant now) {
        createdAt = now;
    }
}
