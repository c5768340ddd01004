package io.granula.reports.sections;

import io.granula.reports.image.ImageEmbedder;
import io.granula.reports.layout.Align;
import io.granula.reports.layout.Box;
import io.granula.reports.layout.FactListWriter;
import io.granula.reports.layout.FlowDocument;
import io.granula.reports.layout.ReportStyle;
import io.granula.reports.layout.TableWriter;
import io.granula.reports.view.ImagePageView;
import io.granula.reports.view.OverlayView;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;

/**
 * One page per image: facts, the overlay as large as the page allows with room left for the
 * scale-bar crop and the statistics table, so that the whole record of an image sits on one sheet.
 */
public final class ImagePageRenderer {
    private static final float CROP_HEIGHT = 64f;
    private static final float GAP = 8f;

    public ImagePageRenderer() {
    }

    public void render(FlowDocument flow, ImagePageView view) {
        ReportStyle style = flow.style();
        flow.newPage();
        flow.heading("Image " + view.name(), 1);
        new FactListWriter(flow).write(view.facts(), style.bodyBold(), style.body());
        float tableHeight = (view.statistics().rows().size() + 1) * style.tableCell().lineHeight() * 1.6f + 16;
        float cropHeight = view.scaleBarCrop().isPresent() || !view.scaleBarNote().isBlank() ? CROP_HEIGHT + GAP : 0;
        float overlayRoom = flow.remaining() - tableHeight - cropHeight - 2 * GAP - style.caption().lineHeight();
        if (view.overlay().isPresent() && overlayRoom > 80) {
            drawOverlay(flow, view.overlay().get(), view.overlayCaption(), overlayRoom);
        } else if (view.overlay().isEmpty()) {
            flow.paragraph("The micrograph was not available when this report was made; statistics only.", style.caption());
        }
        if (cropHeight > 0) {
            drawScaleBar(flow, view);
        }
        new TableWriter(flow).write(view.statistics());
    }

    private void drawOverlay(FlowDocument flow, OverlayView overlay, String caption, float room) {
        ReportStyle style = flow.style();
        float scale = Math.min(flow.contentWidth() / overlay.width(), room / overlay.height());
        float w = overlay.width() * scale;
        float h = overlay.height() * scale;
        Box box = flow.reserve(h + GAP);
        float x = box.x() + (box.width() - w) / 2;
        flow.painter().image(overlay.base().toXObject(flow.document()), x, box.top() - h, w, h);
        if (overlay.outlines().isPresent()) {
            flow.painter().image(overlay.outlines().get().toXObject(flow.document()), x, box.top() - h, w, h);
        }
        flow.painter().strokeRect(x, box.top() - h, w, h, 0.5f, style.rule());
        Box line = flow.reserve(style.caption().lineHeight());
        flow.painter().text(caption, box.x() + box.width() / 2, line.y() + 2, style.caption(), Align.CENTER);
    }

    private void drawScaleBar(FlowDocument flow, ImagePageView view) {
        ReportStyle style = flow.style();
        Box box = flow.reserve(CROP_HEIGHT + GAP);
        float textX = box.x();
        if (view.scaleBarCrop().isPresent()) {
            BufferedImage crop = view.scaleBarCrop().get();
            float scale = Math.min(flow.contentWidth() * 0.5f / crop.getWidth(), CROP_HEIGHT / crop.getHeight());
            float w = crop.getWidth() * scale;
            float h = crop.getHeight() * scale;
            PDImageXObject image = ImageEmbedder.embed(flow.document(), crop, w, h, 300);
            flow.painter().image(image, box.x(), box.top() - h, w, h);
            flow.painter().strokeRect(box.x(), box.top() - h, w, h, 0.5f, style.rule());
            textX += w + 12;
        }
        float baseline = box.top() - style.bodyBold().size() - 2;
        flow.painter().text("Scale bar", textX, baseline, style.bodyBold(), Align.LEFT);
        flow.painter().text(view.scaleBarNote(), textX, baseline - style.body().lineHeight(), style.body(), Align.LEFT);
    }
}
