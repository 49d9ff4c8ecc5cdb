package vn.gov.moj.thidua.common.document;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The audit chain's head at the moment a document is printed: every generated PDF carries it in a footer line, so the
 * paper trail anchors the hash-chained audit trail outside the database (a later rewrite of the trail would no longer
 * contain the printed hash).
 *
 * @param headHash the SHA-256 (hex) of the newest audit event, or null when the trail is empty
 * @param takenAt when the head was read
 */
public record PrintAnchor(String headHash, Instant takenAt) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** The footer line, in Vietnamese (the documents are): "Nhật ký kiểm toán: 9f86…08 (lúc 10:15:00 03/12/2026)". */
    public String line() {
        return "Nhật ký kiểm toán: " + (headHash == null ? "(chưa có sự kiện)" : headHash) + " (lúc " + TIME.format(takenAt) + ")";
    }
}
