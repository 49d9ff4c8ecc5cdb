package vn.gov.moj.thidua.common.document;

/**
 * Reads the audit chain's head for {@link PdfRenderer}'s footer; implemented by the audit capability (common knows no
 * capability), injected by whoever generates a document.
 */
public interface AuditAnchor {

    PrintAnchor current();
}
