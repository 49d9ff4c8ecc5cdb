package vn.gov.moj.thidua.common.signature;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.web.UploadedFiles;

/**
 * The sign-and-return flow: record each document ThiĐua produces (its hash), and accept a signed copy only when
 * {@link PadesValidator} and {@link SignatureVerdict} pass it — otherwise 422 in the caller's language, nothing stored.
 * The capability that owns the object records the acceptance in its audit trail.
 */
@ApplicationScoped
public class SignedDocuments {

    private static final Logger LOG = Logger.getLogger(SignedDocuments.class);

    @Inject
    EntityManager em;

    @Inject
    UploadedFiles uploads;

    @Inject
    PadesValidator validator;

    @Inject
    CurrentUser caller;

    /** Records that this exact file was produced for the object (once per distinct content). */
    @Transactional
    public void produced(String objectType, UUID objectId, String kind, byte[] pdf) {
        String hash = PdfRevisions.sha256(pdf, pdf.length);
        if (producedHashes(objectType, objectId, kind).contains(hash)) {
            return;
        }
        ProducedDocument p = new ProducedDocument();
        p.objectType = objectType;
        p.objectId = objectId;
        p.kind = kind;
        p.sha256 = hash;
        p.sizeBytes = pdf.length;
        p.createdBy = caller.username();
        em.persist(p);
    }

    /**
     * Checks and stores a signed copy of a produced document.
     *
     * @param expectedSigners the names one of which the last signer must have (a decision's signer, the members of a
     *        council); empty when any signer under the trust list may sign
     */
    @Transactional
    public SignedDocumentView accept(String objectType, UUID objectId, String kind, FileUpload file, Collection<String> expectedSigners) {
        UploadedFiles.Document doc = uploads.acceptDocument(file);
        if (!"application/pdf".equals(doc.contentType())) {
            throw refused(Text.of("signature.not-pdf"));
        }
        byte[] pdf = doc.content();
        Inspection inspection = read(pdf);
        List<SignatureFinding> findings = inspection.findings();
        Set<String> produced = producedHashes(objectType, objectId, kind);
        Optional<String> match = PdfRevisions.prefixHashes(pdf).stream().filter(produced::contains).findFirst();
        Optional<Text> refusal = SignatureVerdict.refusal(findings, inspection.coversWholeFile(), match.isPresent(), expectedSigners);
        if (refusal.isPresent()) {
            throw refused(refusal.get());
        }
        SignatureFinding last = findings.get(findings.size() - 1);
        SignedDocument d = new SignedDocument();
        d.objectType = objectType;
        d.objectId = objectId;
        d.kind = kind;
        d.fileName = doc.fileName();
        d.content = pdf;
        d.sha256 = doc.sha256();
        d.sizeBytes = pdf.length;
        d.producedSha256 = match.get();
        d.signatures = findings.size();
        d.signerName = last.signerName();
        d.signerOrganisation = last.signerOrganisation();
        d.signerSerial = last.signerSerial();
        d.signerIssuer = last.signerIssuer();
        d.signingTime = last.signingTime();
        d.indication = last.indication();
        d.subIndication = last.subIndication();
        d.createdBy = caller.username();
        em.persist(d);
        em.flush();
        return SignedDocumentView.of(d);
    }

    /** What the validator found in a PDF, and whether its last signature covers the whole file. */
    public record Inspection(List<SignatureFinding> findings, boolean coversWholeFile) {

        public boolean signed() {
            return !findings.isEmpty();
        }

        /** The last signature: the one covering the file as it is. */
        public SignatureFinding last() {
            return findings.get(findings.size() - 1);
        }

        /** Why the signatures are not valid (untrusted, revoked, expired…), or empty when every one passed. */
        public Optional<Text> invalidity() {
            return SignatureVerdict.untrusted(findings);
        }
    }

    /**
     * Checks the signatures of an uploaded PDF that is not a produced document (a dossier's tờ trình): a damaged file
     * (unreadable, encrypted, a signature altered, content appended after signing) is refused with 422; otherwise the
     * findings are returned, valid or not, to be recorded with the file. An unsigned PDF has no finding.
     */
    public Inspection inspect(byte[] pdf) {
        Inspection inspection = read(pdf);
        Optional<Text> broken = SignatureVerdict.broken(inspection.findings(), inspection.coversWholeFile());
        if (broken.isPresent()) {
            throw refused(broken.get());
        }
        return inspection;
    }

    private Inspection read(byte[] pdf) {
        try {
            List<SignatureFinding> findings = validator.validate(pdf);
            return new Inspection(findings, !findings.isEmpty() && PdfRevisions.lastSignatureCoversWholeFile(pdf));
        } catch (RevocationLists.Misconfigured e) {
            throw e;
        } catch (Exception e) {
            LOG.debugf(e, "unreadable signed PDF");
            throw refused(Text.of("signature.unreadable"));
        }
    }

    private Set<String> producedHashes(String objectType, UUID objectId, String kind) {
        return new HashSet<>(em.createQuery(
                "select p.sha256 from ProducedDocument p where p.objectType = :t and p.objectId = :o and p.kind = :k", String.class)
                .setParameter("t", objectType).setParameter("o", objectId).setParameter("k", kind).getResultList());
    }

    public List<SignedDocumentView> list(String objectType, UUID objectId) {
        return em.createQuery("from SignedDocument where objectType = :t and objectId = :o order by createdAt", SignedDocument.class)
                .setParameter("t", objectType).setParameter("o", objectId).getResultList().stream().map(SignedDocumentView::of).toList();
    }

    /** Whether the object has an accepted signed copy of the kind. */
    public boolean isSigned(String objectType, UUID objectId, String kind) {
        return em.createQuery("select count(d) from SignedDocument d where d.objectType = :t and d.objectId = :o and d.kind = :k", Long.class)
                .setParameter("t", objectType).setParameter("o", objectId).setParameter("k", kind).getSingleResult() > 0;
    }

    /** Which of these objects have an accepted signed copy of the kind (one query for a page of a list). */
    public Set<UUID> signedAmong(String objectType, Collection<UUID> objectIds, String kind) {
        if (objectIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct d.objectId from SignedDocument d where d.objectType = :t and d.kind = :k and d.objectId in :ids",
                UUID.class).setParameter("t", objectType).setParameter("k", kind).setParameter("ids", objectIds).getResultList());
    }

    private static ApiProblem refused(Text detail) {
        return ApiProblem.of(422, "/problems/signature-refused", "Signed document refused", detail);
    }
}
