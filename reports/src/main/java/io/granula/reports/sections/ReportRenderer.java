package io.granula.reports.sections;

import io.granula.reports.layout.FlowDocument;
import io.granula.reports.layout.PageFooter;
import io.granula.reports.layout.PageSize;
import io.granula.reports.layout.ReportFonts;
import io.granula.reports.layout.ReportStyle;
import io.granula.reports.view.ImagePageView;
import io.granula.reports.view.ReportView;
import io.granula.core.progress.ProgressMonitor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.util.Calendar;

/** Draws a {@link ReportView} into a new PDF document: title, methods, results, image pages, footers. */
public final class ReportRenderer {
    /** 17 mm: room for binding and hole punching in a quality record, still a full-looking page. */
    public static final float MARGIN = 48f;

    private final PageSize pageSize;

    public ReportRenderer(PageSize pageSize) {
        this.pageSize = pageSize;
    }

    /** The caller owns (saves, closes) the returned document. */
    public PDDocument render(ReportView view, ProgressMonitor monitor) {
        PDDocument document = new PDDocument();
        try {
            ReportStyle style = ReportStyle.standard(ReportFonts.load(document));
            try (FlowDocument flow = new FlowDocument(document, style, pageSize, MARGIN)) {
                monitor.update(0, "laying out the title and methods");
                TitlePageRenderer.render(flow, view.title());
                MethodsRenderer.render(flow, view.methods());
                monitor.update(0.1, "laying out the results");
                ResultsRenderer.render(flow, view);
                int n = view.images().size();
                ImagePageRenderer pages = new ImagePageRenderer();
                for (int i = 0; i < n; i++) {
                    monitor.checkCancelled();
                    ImagePageView page = view.images().get(i);
                    monitor.update(0.2 + 0.7 * i / Math.max(1, n), "laying out the page of " + page.name());
                    pages.render(flow, page);
                }
            }
            PageFooter.decorate(document, style, MARGIN - 18, view.footer());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(view.documentTitle());
            info.setCreator("Granula");
            info.setProducer("Granula with Apache PDFBox");
            info.setCreationDate(Calendar.getInstance());
            return document;
        } catch (RuntimeException e) {
            closeQuietly(document);
            throw e;
        }
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (java.io.IOException ignored) {
            // The original failure is what the user needs to see.
        }
    }
}
