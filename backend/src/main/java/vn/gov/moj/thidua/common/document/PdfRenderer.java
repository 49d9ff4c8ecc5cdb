package vn.gov.moj.thidua.common.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;

/**
 * Printable documents: a Qute template from {@code src/main/resources/templates} (XHTML, values HTML-escaped) rendered
 * to an A4 PDF by openhtmltopdf with the DejaVu fonts shipped in the jar, so every Vietnamese letter has its glyph.
 * Templates use the families "DejaVu Serif" (regular, bold) and "DejaVu Sans".
 */
public final class PdfRenderer {

    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);
    /** Characters XML 1.0 forbids (controls other than tab and line breaks, U+FFFE/FFFF): dropped, never an error. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    /** The fonts' character maps, to show a character none of them can draw as '?' (as a missing glyph would be). */
    private static final List<CmapLookup> FONTS = List.of(cmap("DejaVuSerif.ttf"), cmap("DejaVuSerif-Bold.ttf"), cmap("DejaVuSans.ttf"));

    private static final Engine QUTE = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .addLocator(PdfRenderer::locate)
            .build();

    private PdfRenderer() {
    }

    /**
     * @param template path under {@code templates/}, e.g. {@code voting/minutes.html}
     * @param data the template's root object: its properties (record components, getters) are the template's names
     * @param anchor the audit chain's head, printed in a small footer line on every page ({@link #withFooter})
     */
    public static byte[] render(String template, Object data, PrintAnchor anchor) {
        return toPdf(withFooter(html(template, data), anchor));
    }

    /**
     * One PDF of several filled copies of one template (a batch of certificates): each page's data fills the template,
     * the first copy's head (title, styles) is kept and every copy's body follows on a new page. One layout and one font
     * load for the whole batch (issue 17: 500 certificates rendered one document each took ~10× longer, bench/results).
     */
    public static byte[] renderPages(String template, List<?> pages, PrintAnchor anchor) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no page to render");
        }
        StringBuilder batch = new StringBuilder();
        String tail = "";
        for (Object page : pages) {
            String html = html(template, page);
            int open = html.indexOf("<body");
            int start = html.indexOf('>', open) + 1;
            int end = html.lastIndexOf("</body>");
            if (open < 0 || end < start) {
                throw new IllegalStateException("template " + template + " has no <body>…</body>");
            }
            if (batch.isEmpty()) {
                batch.append(html, 0, start);
                tail = html.substring(end);
            } else {
                batch.append("<div style=\"page-break-before: always;\"></div>");
            }
            batch.append(html, start, end);
        }
        return toPdf(withFooter(batch.append(tail).toString(), anchor));
    }

    private static String html(String template, Object data) {
        return drawable(NOT_XML.matcher(QUTE.getTemplate(template).render(data)).replaceAll(""));
    }

    private static byte[] toPdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withHtmlContent(html, null);
            builder.useFont(() -> font("DejaVuSerif.ttf"), "DejaVu Serif", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSerif-Bold.ttf"), "DejaVu Serif", 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.withProducer("ThiĐua");
            // Tagged PDF/UA: accessible to screen readers, and no built-in PDF fonts, whose lookup scans the system fonts.
            builder.usePdfUaAccessibility(true);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The one place the audit anchor is printed, whatever the template: a CSS paged-media margin box at the foot of every
     * page (added before the template's {@code </head>}, after its own styles), small and grey.
     */
    static String withFooter(String html, PrintAnchor anchor) {
        String text = anchor.line().replace("\\", "").replace("\"", "");
        String style = "<style>@page { @bottom-center { content: \"" + text + "\"; font-family: 'DejaVu Sans'; font-size: 6pt; color: #666666; } }</style>";
        int head = html.indexOf("</head>");
        return head < 0 ? html : html.substring(0, head) + style + html.substring(head);
    }

    /** The text with every character some font lacks (emoji…) replaced by '?', never a fallback font. */
    static String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x80 || Character.isWhitespace(cp) || FONTS.stream().allMatch(f -> f.getGlyphId(cp) > 0)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Read once at start-up (a font parses its tables lazily; the lookup, once built, is only read). */
    private static CmapLookup cmap(String file) {
        try (InputStream in = font(file)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in)).getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<TemplateLocation> locate(String id) {
        if (PdfRenderer.class.getResource("/templates/" + id) == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocation() {
            @Override
            public java.io.Reader read() {
                return new InputStreamReader(PdfRenderer.class.getResourceAsStream("/templates/" + id), StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(HTML);
            }
        });
    }

    private static InputStream font(String file) {
        InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font " + file + " is missing from the application");
        }
        return in;
    }
}
