package vn.gov.moj.thidua.voting.crypto;

/** A point, scalar or structure that does not follow docs/ballot-crypto.md. */
public class CryptoFormatException extends RuntimeException {

    public CryptoFormatException(String message) {
        super(message);
    }
}
