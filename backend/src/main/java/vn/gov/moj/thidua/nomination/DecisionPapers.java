package vn.gov.moj.thidua.nomination;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.document.AuditAnchor;
import vn.gov.moj.thidua.common.signature.SignedDocumentView;
import vn.gov.moj.thidua.common.signature.SignedDocuments;

/**
 * A decision's paper trail: the PDF ThiĐua produces for signing (its hash recorded), and the signed copy that comes
 * back — accepted only when it is that very PDF, signed by the decision's signer with a certificate of the trust list.
 */
@ApplicationScoped
public class DecisionPapers {

    static final String OBJECT = "Decision";
    static final String KIND = "DECISION";

    @Inject
    DecisionService decisions;

    @Inject
    SignedDocuments signed;

    @Inject
    AuditTrail audit;

    @Inject
    AuditAnchor anchors;

    /** The decision's PDF, recorded as produced so its signed copy can be recognised. */
    @Transactional
    public byte[] pdfForSigning(UUID id) {
        byte[] pdf = DecisionDocuments.pdf(decisions.get(id), anchors.current());
        signed.produced(OBJECT, id, KIND, pdf);
        return pdf;
    }

    @Transactional
    public SignedDocumentView uploadSigned(UUID id, FileUpload file) {
        Decision d = decisions.find(id);
        SignedDocumentView view = signed.accept(OBJECT, id, KIND, file, d.signer == null ? List.of() : List.of(d.signer));
        audit.record(OBJECT, id, "sign", Map.of("signer", view.signerName(), "serial", view.signerSerial(), "sha256", view.sha256()));
        return view;
    }

    public List<SignedDocumentView> signedCopies(UUID id) {
        decisions.find(id);
        return signed.list(OBJECT, id);
    }
}
