package vn.gov.moj.thidua.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.web.UploadedFiles;

/** A campaign's files and links: attached, read and removed until the campaign closes. */
@ApplicationScoped
public class CampaignDocuments {

    @Inject
    CampaignAccess access;

    @Inject
    CampaignDocumentRepository documents;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @ConfigProperty(name = "thidua.documents.max-bytes", defaultValue = "10485760")
    long maxDocumentBytes;

    public List<DocumentView> documents(UUID id) {
        Campaign campaign = access.findVisible(id);
        return documents.ofCampaign(campaign.id).stream().map(DocumentView::of).toList();
    }

    @Transactional
    public DocumentView addLink(UUID id, LinkRequest request) {
        Campaign campaign = openForDocuments(id);
        CampaignDocument doc = new CampaignDocument();
        doc.campaignId = campaign.id;
        doc.title = request.title().strip();
        doc.url = request.url().strip();
        doc.addedBy = user.username();
        documents.persistAndFlush(doc);
        audit.record("Campaign", campaign.id, "add-link", Map.of("documentId", doc.id.toString(), "title", doc.title));
        return DocumentView.of(doc);
    }

    @Transactional
    public DocumentView upload(UUID id, String title, FileUpload file) {
        Campaign campaign = openForDocuments(id);
        String type = UploadedFiles.requireDocument(file, maxDocumentBytes);
        CampaignDocument doc = new CampaignDocument();
        doc.campaignId = campaign.id;
        doc.title = title == null || title.isBlank() ? UploadedFiles.safeFileName(file.fileName()) : title.strip();
        doc.fileName = UploadedFiles.safeFileName(file.fileName());
        doc.contentType = type;
        doc.sizeBytes = file.size();
        try {
            doc.content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the uploaded file", e);
        }
        doc.addedBy = user.username();
        documents.persistAndFlush(doc);
        audit.record("Campaign", campaign.id, "upload", Map.of("documentId", doc.id.toString(), "fileName", String.valueOf(doc.fileName)));
        return DocumentView.of(doc);
    }

    public CampaignDocument documentContent(UUID id, UUID documentId) {
        Campaign campaign = access.findVisible(id);
        CampaignDocument doc = documents.findById(documentId);
        if (doc == null || !doc.campaignId.equals(campaign.id) || doc.content == null) {
            throw ApiProblem.notFound("Document", documentId);
        }
        return doc;
    }

    @Transactional
    public void removeDocument(UUID id, UUID documentId) {
        Campaign campaign = openForDocuments(id);
        CampaignDocument doc = documents.findById(documentId);
        if (doc == null || !doc.campaignId.equals(campaign.id)) {
            throw ApiProblem.notFound("Document", documentId);
        }
        documents.delete(doc);
        audit.record("Campaign", campaign.id, "remove-document", Map.of("documentId", documentId.toString(), "title", doc.title));
    }

    private Campaign openForDocuments(UUID id) {
        Campaign campaign = access.findVisible(id);
        if (campaign.status == CampaignStatus.CLOSED) {
            throw ApiProblem.conflict(Text.of("campaign.closed-documents"));
        }
        return campaign;
    }
}
