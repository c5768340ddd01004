package io.granula.reports.sections;

import io.granula.reports.image.ImageEmbedder;
import io.granula.reports.layout.Align;
import io.granula.reports.layout.Box;
import io.granula.reports.layout.FactListWriter;
import io.granula.reports.layout.FlowDocument;
import io.granula.reports.layout.PdfPainter;
import io.granula.reports.layout.ReportStyle;
import io.granula.reports.layout.TextStyle;
import io.granula.reports.layout.TextWrapper;
import io.granula.reports.view.TitleView;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;

/** The cover: accent band, logo, title, facts, and the operator field to sign. */
public final class TitlePageRenderer {
    private static final float LOGO_MAX_W = 150f;
    private static final float LOGO_MAX_H = 60f;

    private TitlePageRenderer() {
    }

    public static void render(FlowDocument flow, TitleView view) {
        ReportStyle style = flow.style();
        flow.newPage();
        PdfPainter p = flow.painter();
        float pageTop = flow.pageSize().height();
        p.fillRect(0, pageTop - 10, flow.pageSize().width(), 10, style.accent());
        view.logo().ifPresent(logo -> drawLogo(flow, logo));

        flow.skip(flow.pageSize().height() * 0.18f);
        TextStyle title = style.title();
        for (String line : TextWrapper.wrap(view.title(), title, flow.contentWidth())) {
            Box b = flow.reserve(title.lineHeight());
            p.text(line, flow.left(), b.y() + title.size() * 0.25f, title, Align.LEFT);
        }
        flow.skip(4);
        flow.paragraph(view.subtitle(), style.subtitle());
        flow.skip(6);
        p.line(flow.left(), flow.cursor(), flow.left() + flow.contentWidth(), flow.cursor(), 1.2f, style.accent(),
                PdfPainter.SOLID);
        flow.skip(18);
        TextStyle key = style.bodyBold().withSize(10f).withColor(style.muted());
        TextStyle value = style.body().withSize(10f);
        new FactListWriter(flow).write(view.facts(), key, value);

        flow.skip(24);
        drawField(flow, "Operator", view.operator(), key, value);
        flow.skip(14);
        drawField(flow, "Signature", "", key, value);
        flow.skip(14);
        drawField(flow, "Date", "", key, value);
    }

    private static void drawLogo(FlowDocument flow, BufferedImage logo) {
        float scale = Math.min(LOGO_MAX_W / logo.getWidth(), LOGO_MAX_H / logo.getHeight());
        float w = logo.getWidth() * scale;
        float h = logo.getHeight() * scale;
        PDImageXObject image = ImageEmbedder.embed(flow.document(), logo, w, h, 300);
        flow.painter().image(image, flow.left() + flow.contentWidth() - w, flow.top() - h, w, h);
    }

    /** "Operator  A. Smith" or, when blank, a line to write on. */
    private static void drawField(FlowDocument flow, String label, String text, TextStyle key, TextStyle value) {
        Box b = flow.reserve(value.lineHeight() + 6);
        float baseline = b.y() + 6;
        float x = flow.left() + 80;
        flow.painter().text(label, flow.left(), baseline, key, Align.LEFT);
        if (text.isBlank()) {
            flow.painter().line(x, baseline - 2, x + 220, baseline - 2, 0.6f, flow.style().rule(), PdfPainter.SOLID);
        } else {
            flow.painter().text(text, x, baseline, value, Align.LEFT);
        }
    }
}
