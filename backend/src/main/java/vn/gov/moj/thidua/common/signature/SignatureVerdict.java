package vn.gov.moj.thidua.common.signature;

import java.text.Normalizer;
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

    private SignatureVerdict() {
    }

    /**
     * @param coversWholeFile the last signature's byte range reaches the end of the file
     * @param producedHere the file's first revisions contain, byte for byte, a document ThiĐua produced for the object
     * @param expectedSigner the name the signer must have (the decision's signer), or null when any signer may sign
     * @return the refusal, or empty when accepted
     */
    public static Optional<Text> refusal(List<SignatureFinding> findings, boolean coversWholeFile, boolean producedHere, String expectedSigner) {
        if (findings.isEmpty()) {
            return Optional.of(Text.of("signature.none"));
        }
        for (SignatureFinding f : findings) {
            if (!f.intact()) {
                return Optional.of(Text.of("signature.altered", f.signerName()));
            }
        }
        if (!coversWholeFile) {
            return Optional.of(Text.of("signature.not-whole"));
        }
        for (SignatureFinding f : findings) {
            if (!f.trusted()) {
                return Optional.of(Text.of("signature.untrusted", f.signerName(), f.signerIssuer()));
            }
            if (f.subIndication() != null && EXPIRED.contains(f.subIndication())) {
                return Optional.of(Text.of("signature.expired", f.signerName()));
            }
            if (!f.passed()) {
                return Optional.of(Text.of("signature.invalid", f.signerName(), f.indication() + "/" + f.subIndication()));
            }
        }
        if (!producedHere) {
            return Optional.of(Text.of("signature.not-produced"));
        }
        SignatureFinding last = findings.get(findings.size() - 1);
        if (expectedSigner != null && !sameName(last.signerName(), expectedSigner)) {
            return Optional.of(Text.of("signature.wrong-signer", last.signerName(), expectedSigner));
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
