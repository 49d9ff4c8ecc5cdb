package vn.gov.moj.thidua.voting;

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
 * The minutes' paper trail (biên bản kiểm phiếu), the same sign-and-return flow as a decision's
 * ({@link SignedDocuments}): the PDF ThiĐua produces is recorded by its hash; a signed copy is accepted only when it is
 * that very PDF, signed under the trust list — for a council review by a member of the council present at the
 * session (the chair and the secretary are members); for a cluster election, whose electorate are units, by any
 * trusted signer (the model names no chair yet). Uploaded by the session's runners once it is tallied.
 */
@ApplicationScoped
public class MinutesPapers {

    static final String KIND = "MINUTES";

    @Inject
    Publication publication;

    @Inject
    SessionAccess access;

    @Inject
    SessionViews views;

    @Inject
    SignedDocuments signed;

    @Inject
    AuditTrail audit;

    @Inject
    AuditAnchor anchors;

    /** The minutes of a session whose result the caller may see, recorded as produced so a signed copy is recognised. */
    @Transactional
    public byte[] pdfForSigning(UUID id) {
        VotingSession session = publication.resultVisible(id);
        byte[] pdf = MinutesPdf.of(session, context(session, views), anchors.current());
        signed.produced(SessionAccess.ENTITY, id, KIND, pdf);
        return pdf;
    }

    @Transactional
    public SignedDocumentView uploadSigned(UUID id, FileUpload file) {
        VotingSession session = publication.resultVisible(id);
        access.requireRunner(session);
        SignedDocumentView view = signed.accept(SessionAccess.ENTITY, id, KIND, file, expectedSigners(session));
        audit.record(SessionAccess.ENTITY, id, "sign-minutes",
                Map.of("signer", view.signerName(), "serial", view.signerSerial(), "sha256", view.sha256()));
        return view;
    }

    public List<SignedDocumentView> signedCopies(UUID id) {
        publication.resultVisible(id);
        return signed.list(SessionAccess.ENTITY, id);
    }

    /** Who may sign: the council members present (their labels are their names); anyone trusted for a cluster election. */
    static List<String> expectedSigners(VotingSession session) {
        if (session.purpose != VotingPurpose.COUNCIL_REVIEW) {
            return List.of();
        }
        return session.electorate.stream().filter(v -> session.present.contains(v.key())).map(Voter::label).toList();
    }

    static MinutesPdf.Context context(VotingSession s, SessionViews views) {
        List<String> present = s.electorate.stream().filter(v -> s.present.contains(v.key())).map(Voter::label).toList();
        List<String> absent = s.electorate.stream().filter(v -> !s.present.contains(v.key())).map(Voter::label).toList();
        return new MinutesPdf.Context("Bộ Tư pháp", views.clusterName(s), views.awardTypeName(s), present, absent);
    }
}
