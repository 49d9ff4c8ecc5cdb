package vn.gov.moj.thidua.nomination;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.signature.SignatureFinding;
import vn.gov.moj.thidua.common.signature.SignatureStatus;
import vn.gov.moj.thidua.common.signature.SignedDocuments;
import vn.gov.moj.thidua.common.web.UploadedFiles;

/**
 * A dossier's files (tờ trình, báo cáo thành tích, evidence): attached and removed by its unit while it is a draft or
 * returned, read by whoever sees the dossier; the SHA-256 of each file is kept and audited.
 */
@ApplicationScoped
public class DossierDocuments {

    @Inject
    EntityManager em;

    @Inject
    DossierVisibility visibility;

    @Inject
    DossierTransitions transitions;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    SignedDocuments signatures;

    @Inject
    ReaderLanguage language;

    @ConfigProperty(name = "thidua.documents.max-bytes", defaultValue = "10485760")
    long maxDocumentBytes;

    public List<NominationDocumentView> documents(UUID id) {
        Nomination n = visibility.findVisible(id);
        return em.createQuery("from NominationDocument where nominationId = :n order by addedAt, id", NominationDocument.class)
                .setParameter("n", n.id).getResultList().stream().map(d -> NominationDocumentView.of(d, language.current())).toList();
    }

    @Transactional
    public NominationDocumentView upload(UUID id, DocumentKind kind, String title, FileUpload file) {
        Nomination n = editable(id);
        if (kind == null) {
            throw ApiProblem.invalidField("kind", Text.of("nomination.document-kind-needed"));
        }
        String type = UploadedFiles.requireDocument(file, maxDocumentBytes);
        NominationDocument doc = new NominationDocument();
        doc.nominationId = n.id;
        doc.kind = kind;
        doc.fileName = UploadedFiles.safeFileName(file.fileName());
        doc.title = title == null || title.isBlank() ? doc.fileName : title.strip();
        doc.contentType = type;
        try {
            doc.content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the uploaded file", e);
        }
        doc.sizeBytes = doc.content.length;
        doc.sha256 = sha256(doc.content);
        if (kind == DocumentKind.TO_TRINH && "application/pdf".equals(type)) {
            record(doc, signatures.inspect(doc.content));
        }
        doc.addedBy = user.username();
        em.persist(doc);
        em.flush();
        Map<String, String> detail = new java.util.LinkedHashMap<>(Map.of("documentId", doc.id.toString(), "kind", kind.name(), "sha256", doc.sha256));
        if (doc.signatureStatus != null) {
            detail.put("signature", doc.signatureStatus.name());
        }
        audit.record(DossierTransitions.ENTITY, n.id, "upload", detail);
        return NominationDocumentView.of(doc, language.current());
    }

    /** The signature check of a PDF tờ trình, kept with the file: valid, unsigned, or invalid with its reason. */
    static void record(NominationDocument doc, SignedDocuments.Inspection inspection) {
        if (!inspection.signed()) {
            doc.signatureStatus = SignatureStatus.UNSIGNED;
            return;
        }
        SignatureFinding last = inspection.last();
        doc.signerName = last.signerName();
        doc.signerOrganisation = last.signerOrganisation();
        doc.signerSerial = last.signerSerial();
        doc.signerIssuer = last.signerIssuer();
        doc.signingTime = last.signingTime();
        doc.signatureIndication = last.indication();
        doc.signatureSubIndication = last.subIndication();
        Optional<Text> invalid = inspection.invalidity();
        doc.signatureStatus = invalid.isPresent() ? SignatureStatus.INVALID : SignatureStatus.VALID;
        invalid.ifPresent(reason -> {
            doc.signatureReason = reason.key();
            doc.signatureReasonDetail = reason.args().length > 1 ? String.valueOf(reason.args()[1]) : null;
        });
    }

    public NominationDocument documentContent(UUID id, UUID documentId) {
        return documentOf(visibility.findVisible(id), documentId);
    }

    @Transactional
    public void removeDocument(UUID id, UUID documentId) {
        Nomination n = editable(id);
        NominationDocument doc = documentOf(n, documentId);
        em.remove(doc);
        audit.record(DossierTransitions.ENTITY, n.id, "remove-document", Map.of("documentId", documentId.toString(), "sha256", doc.sha256));
    }

    private NominationDocument documentOf(Nomination n, UUID documentId) {
        NominationDocument doc = em.find(NominationDocument.class, documentId);
        if (doc == null || !doc.nominationId.equals(n.id)) {
            throw ApiProblem.notFound("Document", documentId);
        }
        return doc;
    }

    /** The unit's own dossier while its files may change (the states that allow an edit). */
    private Nomination editable(UUID id) {
        Nomination n = visibility.findOwn(id);
        transitions.require(n, NominationAction.EDIT);
        return n;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
