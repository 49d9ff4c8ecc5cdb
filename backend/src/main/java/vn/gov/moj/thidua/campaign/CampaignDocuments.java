package vn.gov.moj.thidua.campaign;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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

    @Inject
    UploadedFiles uploads;

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
        UploadedFiles.Document upload = uploads.acceptDocument(file);
        CampaignDocument doc = new CampaignDocument();
        doc.campaignId = campaign.id;
        doc.title = title == null || title.isBlank() ? upload.fileName() : title.strip();
        doc.fileName = upload.fileName();
        doc.contentType = upload.contentType();
        doc.sizeBytes = upload.sizeBytes();
        doc.content = upload.content();
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
