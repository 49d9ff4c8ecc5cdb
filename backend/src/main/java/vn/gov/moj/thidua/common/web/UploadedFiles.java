package vn.gov.moj.thidua.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * The one check of uploaded files: an attached document's presence, size (the configured limit), type (a list of
 * office formats) and content against that type by its first bytes (magic numbers), never trusting the client's
 * Content-Type alone (ASVS V12.2.1); client file names are made safe to store and to send back.
 */
@ApplicationScoped
public class UploadedFiles {

    public static final int MAX_FILE_NAME = 200;

    /** What dossier and campaign documents may be: PDF, Word, Excel, ODT, PNG or JPEG. */
    public static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.text",
            "image/png", "image/jpeg");

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] ZIP = { 'P', 'K', 0x03, 0x04 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

    private final long maxDocumentBytes;

    @Inject
    public UploadedFiles(@ConfigProperty(name = "thidua.documents.max-bytes", defaultValue = "10485760") long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** A checked document, ready to store. */
    public record Document(String fileName, String contentType, byte[] content) {

        public long sizeBytes() {
            return content.length;
        }

        /** Lower-case hex SHA-256 of the content. */
        public String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Checks the multipart part {@code file} as an attached document and reads it.
     *
     * @throws ApiProblem 400 when no file is attached, 413 when it is larger than the configured limit
     *         ({@code thidua.documents.max-bytes}), 415 when its type is not one of {@link #DOCUMENT_TYPES} or its
     *         content does not match that type
     */
    public Document acceptDocument(FileUpload file) {
        String type = requireDocument(file, maxDocumentBytes);
        try {
            return new Document(safeFileName(file.fileName()), type, Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the uploaded file", e);
        }
    }

    /** The media type without parameters, lower case ("" when none was declared). */
    public static String mediaType(String declaredType) {
        return declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase();
    }

    /**
     * Checks an attached document without reading it: present (else 400 naming the part {@code file}), at most
     * {@code maxBytes} (else 413),
     * one of the {@link #DOCUMENT_TYPES} (else 415) and its first bytes matching that type (else 415).
     *
     * @return the declared type without parameters, lower case
     */
    public static String requireDocument(FileUpload file, long maxBytes) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiProblem.invalidField("file", Text.of("upload.no-file"));
        }
        if (file.size() > maxBytes) {
            throw ApiProblem.of(413, "/problems/too-large", "Payload too large",
                    Text.of("upload.too-large", megabytes(file.size()), megabytes(maxBytes)));
        }
        String type = mediaType(file.contentType());
        if (!DOCUMENT_TYPES.contains(type)) {
            throw ApiProblem.of(415, "/problems/unsupported-media-type", "Unsupported media type",
                    Text.of("upload.type-not-accepted", type));
        }
        requireContentMatches(type, file.uploadedFile());
        return type;
    }

    /** @throws ApiProblem 415 when the content does not start the way files of {@code declaredType} start */
    public static void requireContentMatches(String declaredType, Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the uploaded file", e);
        }
        requireContentMatches(declaredType, head);
    }

    /** @throws ApiProblem 415 when {@code head} (the first bytes of the content) does not fit {@code declaredType} */
    public static void requireContentMatches(String declaredType, byte[] head) {
        String type = mediaType(declaredType);
        boolean matches = switch (type) {
            case "application/pdf" -> startsWith(head, PDF);
            case "image/png" -> startsWith(head, PNG);
            case "image/jpeg" -> startsWith(head, JPEG);
            case "application/msword", "application/vnd.ms-excel" -> startsWith(head, OLE2);
            case "text/csv", "text/plain" -> isText(head);
            default -> type.startsWith("application/vnd.openxmlformats-officedocument.")
                    || type.startsWith("application/vnd.oasis.opendocument.") ? startsWith(head, ZIP) : false;
        };
        if (!matches) {
            throw ApiProblem.of(415, "/problems/unsupported-media-type", "Unsupported media type",
                    type.isEmpty() ? Text.of("upload.content-not-accepted") : Text.of("upload.content-mismatch", type));
        }
    }

    /** A size in megabytes, to two decimals at most (rendered in the reader's number format). */
    private static double megabytes(long bytes) {
        return Math.ceil(bytes / 10_485.76) / 100;
    }

    /**
     * A client's file name reduced to its last path segment, without control or reserved characters, at most
     * {@value #MAX_FILE_NAME} characters (keeping the extension); "document" when nothing is left.
     */
    public static String safeFileName(String name) {
        if (name == null) {
            return "document";
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        String cleaned = last.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>:|?*]", "").strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.length() > MAX_FILE_NAME) {
            int dot = cleaned.lastIndexOf('.');
            String ext = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, MAX_FILE_NAME - ext.length()) + ext;
        }
        return cleaned.isBlank() ? "document" : cleaned;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
