package vn.gov.moj.thidua.common.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * The revisions of a PDF: signing appends an incremental update, so every earlier revision is a prefix of the file
 * ending at an {@code %%EOF} marker (ISO 32000-1 §7.5.6). Used to find the document ThiĐua produced inside a signed
 * copy, byte for byte, and to check that the last signature covers the whole file.
 */
public final class PdfRevisions {

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private PdfRevisions() {
    }

    /** SHA-256 (hex) of every prefix ending at an %%EOF marker, with and without its end-of-line. */
    public static Set<String> prefixHashes(byte[] pdf) {
        Set<String> hashes = new LinkedHashSet<>();
        for (int i = 0; i + EOF.length <= pdf.length; i++) {
            if (Arrays.equals(pdf, i, i + EOF.length, EOF, 0, EOF.length)) {
                int end = i + EOF.length;
                hashes.add(sha256(pdf, end));
                if (end < pdf.length && (pdf[end] == '\r' || pdf[end] == '\n')) {
                    int eol = end + 1;
                    if (pdf[end] == '\r' && eol < pdf.length && pdf[eol] == '\n') {
                        eol++;
                    }
                    hashes.add(sha256(pdf, eol));
                }
            }
        }
        return hashes;
    }

    /**
     * Whether the byte range of the file's last signature reaches its end: nothing was appended after signing
     * (an appended update could change what a reader sees while the signature still verifies).
     */
    public static boolean lastSignatureCoversWholeFile(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return false;
            }
            long covered = 0;
            for (PDSignature s : signatures) {
                int[] range = s.getByteRange();
                if (range != null && range.length == 4) {
                    covered = Math.max(covered, (long) range[2] + range[3]);
                }
            }
            return covered == pdf.length;
        }
    }

    public static String sha256(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
