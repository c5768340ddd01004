package io.granula.reports.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes the footer of every page once the page count is known: a rule, the report's identity
 * on the left ("Granula 0.1.0 · title · date"), "Page i of n" on the right. Appended as a
 * separate content stream so the pages' own content is untouched.
 */
public final class PageFooter {
    private PageFooter() {
    }

    public static void decorate(PDDocument document, ReportStyle style, float margin, String leftText) {
        int n = document.getNumberOfPages();
        TextStyle ts = style.small();
        for (int i = 0; i < n; i++) {
            PDPage page = document.getPage(i);
            float width = page.getMediaBox().getWidth();
            float y = margin;
            try (PdfPainter p = new PdfPainter(new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true))) {
                p.line(margin, y + ts.size() + 3, width - margin, y + ts.size() + 3, 0.4f, style.rule(), PdfPainter.SOLID);
                p.text(leftText, margin, y, ts, Align.LEFT);
                p.text("Page " + (i + 1) + " of " + n, width - margin, y, ts, Align.RIGHT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
