package io.granula.reports.assemble;

import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import io.granula.core.render.OverlayRenderer;
import io.granula.core.stats.ParticleStatistics;
import io.granula.core.stats.ParticleSummary;
import io.granula.core.stats.Weighting;
import io.granula.reports.image.Downscaler;
import io.granula.reports.image.EncodedImage;
import io.granula.reports.image.ImageBudget;
import io.granula.reports.image.ImageEmbedder;
import io.granula.reports.image.OutlineLayer;
import io.granula.reports.image.LabelSampling;
import io.granula.reports.image.ScaleBarCrop;
import io.granula.reports.layout.Table;
import io.granula.reports.model.ReportImage;
import io.granula.reports.model.ScaleBarMark;
import io.granula.reports.view.ImagePageView;
import io.granula.reports.view.KeyValue;
import io.granula.reports.view.OverlayView;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One image's page. Its statistics are the stats package's {@link ParticleSummary} of the rows
 * the filters keep, in the image's own unit (as in its particles.csv); the overlay outlines
 * exactly those particles ({@link OverlayRenderer}, the renderer analyze uses for overlay.png).
 */
public final class ImagePageBuilder {
    static final int MAX_OVERLAY_PIXELS = 1400;
    private final List<Measurement> measurements;
    private final StatisticsRows stats;
    private final long imageBytes;

    /** @param imageBytes what each page's micrograph may take (see {@link ImageBudget}) */
    public ImagePageBuilder(List<Measurement> measurements, StatisticsRows stats, long imageBytes) {
        this.measurements = List.copyOf(measurements);
        this.stats = stats;
        this.imageBytes = imageBytes;
    }

    public ImagePageView build(ReportImage image, String sample, int[] keptRows) {
        ParticleTable table = image.particles();
        ParticleSummary summary = ParticleStatistics.summarise(table, keptRows);
        Calibration c = table.calibration();
        List<KeyValue> facts = new ArrayList<>();
        facts.add(new KeyValue("Sample", sample));
        image.source().ifPresent(p -> facts.add(new KeyValue("File", p.normalize().toString())));
        facts.add(new KeyValue("Size", table.imageWidth() + " × " + table.imageHeight() + " px"));
        facts.add(new KeyValue("Pixel size", c.isCalibrated()
                ? stats.format().format(c.nmPerPixel()) + " nm/px (source: " + MethodsBuilder.sourceName(c)
                + (c.detail() == null || c.detail().isBlank() ? "" : "; " + c.detail()) + ")"
                : "not calibrated: values in pixels"));
        facts.add(new KeyValue("Particles", summary.count() + " kept of " + summary.totalCount() + " measured"));
        String caption = image.micrograph().isPresent() && image.labels().isPresent()
                ? "Outlined: the " + summary.count() + " particles kept by the filters."
                : "Overlay as saved by the analysis (the micrograph was not available to redraw it with these filters).";
        return new ImagePageView(image.name(), facts, overlay(image, keptRows), caption, scaleBarCrop(image),
                scaleBarNote(image), table(summary, table, keptRows));
    }

    private Table table(ParticleSummary summary, ParticleTable table, int[] rows) {
        List<Table.Row> out = new ArrayList<>();
        for (Measurement m : measurements) {
            if (!table.has(m)) {
                continue;
            }
            String unit = summary.units().displayUnit(m.unitKind());
            double[] d = Percentiles.tenFiftyNinety(m, ParticleStatistics.values(table, m, rows));
            out.add(StatisticsRows.row(List.of(MeasurementNames.name(m), unit), stats.cells(summary.of(m), d), false));
            if (m == Measurement.ECD) {
                out.add(StatisticsRows.row(List.of(SummaryTableBuilder.VOLUME_ROW, unit),
                        stats.dValueCells(summary.dValues(Weighting.VOLUME)), false));
            }
        }
        return new Table(StatisticsRows.columns("Measurement", "Unit"), out);
    }

    /**
     * The micrograph's display and the kept particles' outlines, coded, at most
     * {@link #MAX_OVERLAY_PIXELS} on a side (a full A4 page's width at 200 dpi): more would never
     * reach the paper. Outlines are drawn on the labels resampled to that grid, so they stay one
     * pixel wide.
     */
    private Optional<OverlayView> overlay(ReportImage image, int[] keptRows) {
        if (image.micrograph().isEmpty() || image.labels().isEmpty()) {
            return image.savedOverlay().map(o -> new OverlayView(
                    ImageEmbedder.encode(o, MAX_OVERLAY_PIXELS, MAX_OVERLAY_PIXELS, imageBytes), Optional.empty()));
        }
        ParticleTable table = image.particles();
        int maxLabel = 0;
        for (int r : keptRows) {
            maxLabel = Math.max(maxLabel, table.label(r));
        }
        boolean[] kept = new boolean[maxLabel + 1];
        for (int r : keptRows) {
            kept[table.label(r)] = true;
        }
        BufferedImage display = Downscaler.fitWithin(OverlayRenderer.display(image.micrograph().get()),
                MAX_OVERLAY_PIXELS, MAX_OVERLAY_PIXELS);
        int w = display.getWidth();
        int h = display.getHeight();
        LabelImage labels = LabelSampling.nearest(image.labels().get(), w, h);
        BufferedImage outlines = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] argb = OverlayRenderer.outlines(labels, id -> id < kept.length && kept[id]);
        System.arraycopy(argb, 0, ((DataBufferInt) outlines.getRaster().getDataBuffer()).getData(), 0, argb.length);
        // The outlines are coded first: what they take comes out of the micrograph's budget.
        EncodedImage outlineLayer = OutlineLayer.encode(outlines);
        long baseBytes = Math.max(imageBytes / 2, imageBytes - outlineLayer.data().length);
        return Optional.of(new OverlayView(ImageEmbedder.encode(display, w, h, baseBytes), Optional.of(outlineLayer)));
    }

    private static Optional<BufferedImage> scaleBarCrop(ReportImage image) {
        if (image.scaleBar().isEmpty()) {
            return Optional.empty();
        }
        ScaleBarMark bar = image.scaleBar().get();
        if (image.micrograph().isPresent()) {
            Image2D m = image.micrograph().get();
            ScaleBarCrop.Region r = ScaleBarCrop.region(bar, m.width(), m.height());
            return Optional.of(ScaleBarCrop.enlarge(display(m, r), r, bar));
        }
        return image.savedOverlay().map(o -> {
            ScaleBarCrop.Region r = ScaleBarCrop.region(bar, o.getWidth(), o.getHeight());
            return ScaleBarCrop.enlarge(o.getSubimage(r.x0(), r.y0(), r.width(), r.height()), r, bar);
        });
    }

    /**
     * The crop region shown with its own display range (OverlayRenderer with no particle kept):
     * the annotation band's contrast, not the whole micrograph's, decides how the bar reads.
     */
    private static BufferedImage display(Image2D image, ScaleBarCrop.Region r) {
        Image2D gray = image.toGray();
        float[] src = gray.plane(0);
        float[] dst = new float[r.width() * r.height()];
        for (int y = 0; y < r.height(); y++) {
            System.arraycopy(src, (r.y0() + y) * image.width() + r.x0(), dst, y * r.width(), r.width());
        }
        Image2D crop = new Image2D(r.width(), r.height(), gray.pixelType(), dst);
        return OverlayRenderer.render(crop, new LabelImage(r.width(), r.height(), new int[dst.length]), id -> false);
    }

    private String scaleBarNote(ReportImage image) {
        if (image.scaleBar().isEmpty()) {
            return "";
        }
        ScaleBarMark bar = image.scaleBar().get();
        String label = bar.label().isBlank() ? "bar" : "\"" + bar.label() + "\"";
        String note = label + " measured " + stats.format().format(bar.lengthPx()) + " px";
        Calibration c = image.particles().calibration();
        if (c.isCalibrated()) {
            note += " → " + stats.format().format(c.nmPerPixel()) + " nm/px";
        }
        return note;
    }
}
