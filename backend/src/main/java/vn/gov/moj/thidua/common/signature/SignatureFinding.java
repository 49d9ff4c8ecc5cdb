package vn.gov.moj.thidua.common.signature;

import java.time.Instant;
import java.util.List;

/**
 * What the validator found about one signature of a PDF.
 *
 * @param indication DSS's ETSI EN 319 102-1 indication: TOTAL_PASSED, INDETERMINATE or TOTAL_FAILED
 * @param subIndication why not passed (e.g. HASH_FAILURE, NO_CERTIFICATE_CHAIN_FOUND, OUT_OF_BOUNDS_NO_POE), else null
 * @param intact the signed bytes are unchanged (the digest matches)
 * @param trusted the signer's certificate chains to a configured trust anchor
 * @param errors DSS's messages (English), for the record
 * @param revokedAt when a configured CRL says the signer's certificate was revoked (before the signing time), else null
 */
public record SignatureFinding(String indication, String subIndication, boolean intact, boolean trusted, String signerName,
        String signerOrganisation, String signerSerial, String signerIssuer, Instant signingTime, List<String> errors, Instant revokedAt) {

    public SignatureFinding(String indication, String subIndication, boolean intact, boolean trusted, String signerName,
            String signerOrganisation, String signerSerial, String signerIssuer, Instant signingTime, List<String> errors) {
        this(indication, subIndication, intact, trusted, signerName, signerOrganisation, signerSerial, signerIssuer, signingTime, errors, null);
    }

    public boolean passed() {
        return "TOTAL_PASSED".equals(indication);
    }
}
