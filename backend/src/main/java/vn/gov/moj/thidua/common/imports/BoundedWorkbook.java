package vn.gov.moj.thidua.common.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * The one bounded check of an uploaded spreadsheet, run before any import parses it (zip bombs, OWASP): every part of
 * the .xlsx package is inflated through a counting stream that stops at the configured size and compression ratio
 * (the declared sizes are checked first but never trusted), and every worksheet is scanned as a stream for its rows,
 * columns and row numbers, so a cell at r="A2000000" or "XFD1" is refused before a reader allocates rows or cells for
 * it. The package is opened with Commons Compress's {@link ZipFile} over the central directory, the same way the
 * fastexcel reader opens it afterwards, so both see the same parts. Pure: no state, limits passed in.
 */
public final class BoundedWorkbook {

    private static final String TOO_LARGE = "/problems/too-large";
    private static final String REJECTED = "/problems/import-rejected";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private BoundedWorkbook() {
    }

    /**
     * @throws ApiProblem 413 when the package has too many parts, a part or all of them inflate past the limits, a
     *         part is compressed more than the ratio allows, or a sheet has too many rows; 422 when a cell lies past
     *         the last column or a row past the highest row number; 400 when it is no readable .xlsx package
     */
    public static void requireWithinLimits(byte[] xlsx, ImportLimits limits) {
        long[] total = { 0 };
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            int entries = 0;
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                if (++entries > limits.maxEntries()) {
                    throw tooLarge(Text.of("import.too-many-parts", limits.maxEntries()));
                }
                if (entry.getSize() > limits.maxEntryBytes()) {
                    throw partTooLarge(entry, limits);
                }
                long compressed = Math.min(Math.max(entry.getCompressedSize(), 1), xlsx.length);
                try (InputStream in = new Inflation(zip.getInputStream(entry), entry, compressed, total, limits)) {
                    if (isWorksheet(entry.getName())) {
                        scanSheet(in, limits);
                    } else {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
        } catch (ApiProblem problem) {
            throw problem;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            ApiProblem cause = limitIn(e);
            if (cause != null) {
                throw cause;
            }
            throw ApiProblem.invalidField("file", Text.of("import.workbook-unreadable"));
        }
    }

    /** A CSV's rows and columns against the same limits. @throws ApiProblem 413 / 422 as for a workbook */
    public static void requireWithinLimits(List<List<String>> rows, ImportLimits limits) {
        if (rows.size() > limits.maxRows()) {
            throw tooLarge(Text.of("import.too-many-rows", limits.maxRows()));
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() > limits.maxColumns()) {
                throw rejected(Text.of("import.too-many-cells", r + 1, limits.maxColumns()));
            }
        }
    }

    static boolean isWorksheet(String name) {
        String n = name.replace('\\', '/').toLowerCase(Locale.ROOT);
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.startsWith("xl/worksheets/") && n.endsWith(".xml");
    }

    /** Streams a sheet's XML: counts rows, and checks every row and cell reference before anything is kept. */
    private static void scanSheet(InputStream in, ImportLimits limits) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            int rows = 0;
            int cells = 0;
            int rowNumber = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("row".equals(name)) {
                    if (++rows > limits.maxRows()) {
                        throw tooLarge(Text.of("import.too-many-rows", limits.maxRows()));
                    }
                    cells = 0;
                    String r = xml.getAttributeValue(null, "r");
                    rowNumber = r == null ? rowNumber + 1 : rowNumber(r, limits);
                } else if ("c".equals(name)) {
                    if (++cells > limits.maxColumns()) {
                        throw rejected(Text.of("import.too-many-cells", rowNumber, limits.maxColumns()));
                    }
                    String ref = xml.getAttributeValue(null, "r");
                    if (ref != null) {
                        checkCellReference(ref, rowNumber, limits);
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    private static int rowNumber(String text, ImportLimits limits) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(Character::isDigit)
                || Long.parseLong(digits) > limits.maxRowIndex()) {
            throw rejected(Text.of("import.row-too-far", digits.length() > 12 ? digits.substring(0, 12) + "…" : digits,
                    limits.maxRowIndex()));
        }
        return Integer.parseInt(digits);
    }

    /** A reference such as "B12": at most the last column, and a row number within the limit. */
    private static void checkCellReference(String ref, int rowNumber, ImportLimits limits) {
        long column = 0;
        int i = 0;
        while (i < ref.length() && (ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' || ref.charAt(i) >= 'a' && ref.charAt(i) <= 'z')) {
            if (i < 4) {
                column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            i++;
        }
        if (i > 3 || column > limits.maxColumns()) {
            throw rejected(Text.of("import.column-too-far", rowNumber, ref.length() > 12 ? ref.substring(0, 12) + "…" : ref,
                    limits.maxColumns()));
        }
        if (i < ref.length()) {
            rowNumber(ref.substring(i), limits);
        }
    }

    private static ApiProblem partTooLarge(ZipArchiveEntry entry, ImportLimits limits) {
        return tooLarge(Text.of("import.part-too-large", entry.getName(), limits.maxEntryBytes() / 1_048_576));
    }

    private static ApiProblem tooLarge(Text text) {
        return ApiProblem.of(413, TOO_LARGE, "Payload too large", text);
    }

    private static ApiProblem rejected(Text text) {
        return ApiProblem.of(422, REJECTED, "Import rejected", text);
    }

    /** The limit problem behind a reader's wrapping exception, if any. */
    private static ApiProblem limitIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return problem;
            }
        }
        return null;
    }

    /** Counts inflated bytes: stops at the part's and the package's limits and at the compression ratio. */
    private static final class Inflation extends FilterInputStream {

        private final ZipArchiveEntry entry;
        private final long compressed;
        private final long[] total;
        private final ImportLimits limits;
        private long inflated;

        Inflation(InputStream in, ZipArchiveEntry entry, long compressed, long[] total, ImportLimits limits) {
            super(in);
            this.entry = entry;
            this.compressed = compressed;
            this.total = total;
            this.limits = limits;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            inflated += n;
            total[0] += n;
            if (inflated > limits.maxEntryBytes()) {
                throw partTooLarge(entry, limits);
            }
            if (total[0] > limits.maxTotalBytes()) {
                throw tooLarge(Text.of("import.package-too-large", limits.maxTotalBytes() / 1_048_576));
            }
            if (inflated > limits.ratioGraceBytes() && inflated / compressed > limits.maxInflateRatio()) {
                throw tooLarge(Text.of("import.inflate-ratio", entry.getName(), limits.maxInflateRatio()));
            }
        }
    }
}
