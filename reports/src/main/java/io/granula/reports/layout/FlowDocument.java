package io.granula.reports.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Content flowing down pages: a cursor that moves from the top margin to the bottom one, a new
 * page when a block does not fit. Blocks ask for room with {@link #reserve} (kept together on
 * one page) and draw into the box they get; headings and paragraphs are built in.
 */
public final class FlowDocument implements AutoCloseable {
    /** Room kept below the bottom margin for the footer that {@link PageFooter} adds at the end. */
    public static final float FOOTER_SPACE = 22f;

    private final PDDocument document;
    private final ReportStyle style;
    private final PageSize pageSize;
    private final float margin;
    private PdfPainter painter;
    private float cursor;

    public FlowDocument(PDDocument document, ReportStyle style, PageSize pageSize, float margin) {
        this.document = document;
        this.style = style;
        this.pageSize = pageSize;
        this.margin = margin;
    }

    public PDDocument document() {
        return document;
    }

    public ReportStyle style() {
        return style;
    }

    public PageSize pageSize() {
        return pageSize;
    }

    public float left() {
        return margin;
    }

    public float contentWidth() {
        return pageSize.width() - 2 * margin;
    }

    public float top() {
        return pageSize.height() - margin;
    }

    public float bottom() {
        return margin + FOOTER_SPACE;
    }

    /** The cursor: the top of the next block, in points from the page bottom. */
    public float cursor() {
        return cursor;
    }

    /** Height left on this page below the cursor. */
    public float remaining() {
        return painter == null ? 0 : cursor - bottom();
    }

    /** The painter of the current page, starting the first page if there is none. */
    public PdfPainter painter() {
        if (painter == null) {
            newPage();
        }
        return painter;
    }

    public void newPage() {
        closePainter();
        PDPage page = new PDPage(pageSize.rectangle());
        document.addPage(page);
        try {
            painter = new PdfPainter(new PDPageContentStream(document, page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cursor = top();
    }

    /** True when the current page is new and nothing has been drawn below its top. */
    public boolean atPageTop() {
        return painter != null && cursor == top();
    }

    /** Starts a new page unless {@code height} fits below the cursor. */
    public void ensureSpace(float height) {
        if (painter == null || (height > remaining() && !atPageTop())) {
            newPage();
        }
    }

    /** Keeps {@code height} together: moves to a new page if needed and returns the box, cursor below it. */
    public Box reserve(float height) {
        ensureSpace(height);
        Box box = new Box(left(), cursor - height, contentWidth(), height);
        cursor -= height;
        return box;
    }

    public void skip(float height) {
        if (painter != null) {
            cursor = Math.max(bottom(), cursor - height);
        }
    }

    /** A section heading; it moves to the next page rather than be left alone at a page bottom. */
    public void heading(String text, int level) {
        heading(text, level, 60f);
    }

    /** A heading kept on one page with the first {@code following} points of what comes after it. */
    public void heading(String text, int level, float following) {
        TextStyle ts = style.heading(level);
        float before = atPageTop() || painter == null ? 0 : ts.size() * (level == 1 ? 1.1f : 0.8f);
        float keepWithNext = ts.lineHeight() + following;
        ensureSpace(before + keepWithNext);
        skip(atPageTop() ? 0 : before);
        List<String> lines = TextWrapper.wrap(text, ts, contentWidth());
        for (String line : lines) {
            cursor -= ts.size();
            painter().text(line, left(), cursor, ts, Align.LEFT);
            cursor -= ts.lineHeight() - ts.size();
        }
        if (level == 1) {
            painter().line(left(), cursor, left() + contentWidth(), cursor, 0.6f, style.rule(), PdfPainter.SOLID);
        }
        cursor -= ts.size() * 0.5f;
    }

    /** Wrapped text over the full content width, breaking across pages between lines. */
    public void paragraph(String text, TextStyle ts) {
        paragraph(text, ts, left(), contentWidth());
    }

    public void paragraph(String text, TextStyle ts, float x, float width) {
        for (String line : TextWrapper.wrap(text, ts, width)) {
            ensureSpace(ts.lineHeight());
            cursor -= ts.size();
            painter().text(line, x, cursor, ts, Align.LEFT);
            cursor -= ts.lineHeight() - ts.size();
        }
        cursor -= ts.size() * 0.5f;
    }

    /** Closes the content stream of the last page; the document itself stays open for the caller. */
    @Override
    public void close() {
        closePainter();
    }

    private void closePainter() {
        if (painter != null) {
            painter.close();
            painter = null;
        }
    }
}
