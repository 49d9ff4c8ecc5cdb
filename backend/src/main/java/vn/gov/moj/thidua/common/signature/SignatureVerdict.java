package vn.gov.moj.thidua.common.signature;

import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.gov.moj.thidua.common.problem.Text;

/**
 * Whether a signed PDF is accepted for its object, from the validator's findings (pure rule). A document carries
 * legal weight only with a valid digital signature of its signer (Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục I —
 * chữ ký số of the competent person; Nghị định 68/2024/NĐ-CP — chữ ký số chuyên dùng công vụ; Luật Giao dịch điện tử
 * 2023, Điều 23–24: a secure signature is verifiable, under the signer's sole control, and any change after signing
 * is detectable). The first reason found is the answer.
 */
public final class SignatureVerdict {

    static final Set<String> EXPIRED = Set.of("OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED", "EXPIRED", "NOT_YET_VALID");
    static final Set<String> REVOKED = Set.of("REVOKED", "REVOKED_NO_POE", "REVOKED_CA_NO_POE");
    /** Revocation dates are told in Vietnam's time, dd/MM/yyyy HH:mm. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private SignatureVerdict() {
    }

    /**
     * The sign-and-return rule: a signature, intact and trusted ({@link #broken}, {@link #untrusted}), on a document
     * ThiĐua produced, by one of the expected signers.
     *
     * @param coversWholeFile the last signature's byte range reaches the end of the file
     * @param producedHere the file's first revisions contain, byte for byte, a document ThiĐua produced for the object
     * @param expectedSigners the names one of which the last signer must have; empty when any trusted signer may sign
     * @return the refusal, or empty when accepted
     */
    public static Optional<Text> refusal(List<SignatureFinding> findings, boolean coversWholeFile, boolean producedHere,
            Collection<String> expectedSigners) {
        if (findings.isEmpty()) {
            return Optional.of(Text.of("signature.none"));
        }
        Optional<Text> flaw = broken(findings, coversWholeFile).or(() -> untrusted(findings));
        if (flaw.isPresent()) {
            return flaw;
        }
        if (!producedHere) {
            return Optional.of(Text.of("signature.not-produced"));
        }
        SignatureFinding last = findings.get(findings.size() - 1);
        if (!expectedSigners.isEmpty() && expectedSigners.stream().noneMatch(name -> sameName(last.signerName(), name))) {
            return Optional.of(Text.of("signature.wrong-signer", last.signerName(), String.join(", ", expectedSigners)));
        }
        return Optional.empty();
    }

    /**
     * A damaged file, refused whatever the document: a signature whose signed bytes changed, or content appended after
     * the last signature (Luật Giao dịch điện tử 2023, Điều 23: a change after signing must be detectable).
     */
    public static Optional<Text> broken(List<SignatureFinding> findings, boolean coversWholeFile) {
        for (SignatureFinding f : findings) {
            if (!f.intact()) {
                return Optional.of(Text.of("signature.altered", f.signerName()));
            }
        }
        if (!findings.isEmpty() && !coversWholeFile) {
            return Optional.of(Text.of("signature.not-whole"));
        }
        return Optional.empty();
    }

    /**
     * An intact signature that is still not valid: the signer's certificate outside the trust list, revoked before the
     * signing time, expired or not yet valid, or DSS's overall verdict not passed.
     */
    public static Optional<Text> untrusted(List<SignatureFinding> findings) {
        for (SignatureFinding f : findings) {
            Optional<Text> reason = reason(f);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.empty();
    }

    /** Why one intact signature is not valid, or empty when it passed. */
    public static Optional<Text> reason(SignatureFinding f) {
        if (!f.trusted()) {
            return Optional.of(Text.of("signature.untrusted", f.signerName(), f.signerIssuer()));
        }
        if (f.revokedAt() != null || (f.subIndication() != null && REVOKED.contains(f.subIndication()))) {
            return Optional.of(Text.of("signature.revoked", f.signerName(), f.revokedAt() == null ? "?" : DATE.format(f.revokedAt())));
        }
        if (f.subIndication() != null && EXPIRED.contains(f.subIndication())) {
            return Optional.of(Text.of("signature.expired", f.signerName()));
        }
        if (!f.passed()) {
            return Optional.of(Text.of("signature.invalid", f.signerName(), f.indication() + "/" + f.subIndication()));
        }
        return Optional.empty();
    }

    /** Names compared without case, marks or extra spaces ("NGUYỄN VĂN BỘ" = "Nguyen Van Bo"): certificates differ in spelling. */
    static boolean sameName(String a, String b) {
        return a != null && b != null && plain(a).equals(plain(b));
    }

    private static String plain(String name) {
        String s = name.replace('đ', 'd').replace('Đ', 'D');
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
