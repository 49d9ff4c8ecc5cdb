package vn.gov.moj.thidua.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile .xlsx files for the import limits, generated in the test: a real package (content types, workbook,
 * relationships) whose first sheet is written as a stream straight into the zip, so a 600 MB sheet never sits in
 * memory — only its ~600 KB compressed form does.
 */
public final class WorkbookBombs {

    /** Writes the rows of a sheet (inside {@code <sheetData>}). */
    @FunctionalInterface
    public interface SheetRows {
        void write(Writer out) throws IOException;
    }

    private WorkbookBombs() {
    }

    /** One cell whose text is {@code megabytes} MB of '0': inflates ~1000 times its compressed size. */
    public static byte[] zeros(int megabytes) {
        return workbook(out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            char[] zeros = new char[1 << 20];
            java.util.Arrays.fill(zeros, '0');
            for (int i = 0; i < megabytes; i++) {
                out.write(zeros);
            }
            out.write("</t></is></c></row>");
        });
    }

    /** {@code megabytes} MB of text that compresses only about four times (random letters of four). */
    public static byte[] incompressible(int megabytes) {
        Random random = new Random(20);
        return workbook(out -> {
            char[] line = new char[1024];
            for (int r = 1; r <= megabytes * 1024; r++) {
                for (int i = 0; i < line.length; i++) {
                    line[i] = (char) ('a' + random.nextInt(4));
                }
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>");
                out.write(line);
                out.write("</t></is></c></row>");
            }
        });
    }

    /** A header and {@code rows} rows of two cells. */
    public static byte[] rows(int rows) {
        return workbook(out -> {
            for (int r = 1; r <= rows; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>x" + r + "</t></is></c>"
                        + "<c r=\"B" + r + "\" t=\"inlineStr\"><is><t>y</t></is></c></row>");
            }
        });
    }

    /** A header row and one row numbered {@code rowNumber}. */
    public static byte[] rowAt(int rowNumber) {
        return workbook(out -> out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>awardType</t></is></c></row>"
                + "<row r=\"" + rowNumber + "\"><c r=\"A" + rowNumber + "\" t=\"inlineStr\"><is><t>CSTDCS</t></is></c></row>"));
    }

    /** One row with a single cell at {@code reference} (e.g. "XFD1"). */
    public static byte[] cellAt(String reference) {
        return workbook(out -> out.write("<row r=\"1\"><c r=\"" + reference + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
    }

    /** One row of {@code cells} cells without references (each takes the next column). */
    public static byte[] wideRow(int cells) {
        return workbook(out -> {
            out.write("<row>");
            for (int c = 0; c < cells; c++) {
                out.write("<c t=\"inlineStr\"><is><t>x</t></is></c>");
            }
            out.write("</row>");
        });
    }

    /** The bytes of a temporary file written by {@link #workbook(Path, SheetRows)}. */
    public static byte[] workbook(SheetRows rows) {
        try {
            Path file = Files.createTempFile("bomb", ".xlsx");
            try {
                workbook(file, rows);
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal .xlsx package with one sheet whose rows {@code rows} writes, streamed into {@code file}. */
    public static void workbook(Path file, SheetRows rows) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            rows.write(out);
            out.write("</sheetData></worksheet>");
            out.flush();
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Lets the sheet's writer flush into the zip without closing it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * The same package with the central directory declaring {@code size} bytes for the part {@code name} (a lying
     * header: readers that trust it would inflate without bound).
     */
    public static byte[] declaringSize(byte[] zip, String name, int size) {
        byte[] copy = zip.clone();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(copy).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < copy.length; i++) {
            if (buffer.getInt(i) != 0x02014b50) {
                continue; // not a central directory header
            }
            int nameLength = buffer.getShort(i + 28) & 0xFFFF;
            if (nameLength == wanted.length && java.util.Arrays.equals(copy, i + 46, i + 46 + nameLength, wanted, 0, nameLength)) {
                buffer.putInt(i + 24, size);
                return copy;
            }
        }
        throw new IllegalArgumentException("No part " + name);
    }
}
