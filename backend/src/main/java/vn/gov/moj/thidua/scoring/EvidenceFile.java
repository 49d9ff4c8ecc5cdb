package vn.gov.moj.thidua.scoring;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Tài liệu minh chứng dạng tệp — a scan or document uploaded as evidence for one criterion of a score sheet. */
@Entity
@Table(name = "score_evidence_file")
public class EvidenceFile {

    @Id
    public UUID id;

    @Column(name = "sheet_id")
    public UUID sheetId;

    @Column(name = "criterion_code")
    public String criterionCode;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public Instant addedAt;
}
