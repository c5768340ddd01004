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
import io.granula.reports.image.ScaleBarCrop;
import io.granula.reports.layout.Table;
import io.granula.reports.model.ReportImage;
import io.granula.reports.model.ScaleBarMark;
import io.granula.reports.view.ImagePageView;
import io.granula.reports.view.KeyValue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One image's page. Its statistics are the stats package's {@link ParticleSummary} of the rows
 * the filters keep, in the image's own unit (as in its particles.csv); the overlay outlines
 * exactly those particles ({@link OverlayRenderer}, the renderer analyze uses for overlay.png).
 */
public final class ImagePageBuilder {
    private final List<Measurement> measurements;
    private final StatisticsRows stats;

    public ImagePageBuilder(List<Measurement> measurements, StatisticsRows stats) {
        this.measurements = List.copyOf(measurements);
        this.stats = stats;
    }

    public ImagePageView build(ReportImage image, String sample, int[] keptRows) {
        ParticleTable table = image.particles();
        ParticleSummary summary = ParticleStatistics.summarise(table, keptRows);
        Calibration c = table.calibration();
        List<KeyValue> facts = new ArrayList<>();
        facts.add(new KeyValue("Sample", sample));
        image.source().ifPresent(p -> facts.add(new KeyValue("File", p.toString())));
        facts.add(new KeyValue("Size", table.imageWidth() + " × " + table.imageHeight() + " px"));
        facts.add(new KeyValue("Pixel size", c.isCalibrated()
                ? stats.format().format(c.nmPerPixel()) + " nm/px, from " + MethodsBuilder.sourceName(c)
                + (c.detail() == null || c.detail().isBlank() ? "" : " (" + c.detail() + ")")
                : "not calibrated: values in pixels"));
        facts.add(new KeyValue("Particles", summary.count() + " kept of " + summary.totalCount() + " measured"));
        return new ImagePageView(image.name(), facts, overlay(image, keptRows), scaleBarCrop(image),
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

    private static Optional<BufferedImage> overlay(ReportImage image, int[] keptRows) {
        if (image.micrograph().isPresent() && image.labels().isPresent()) {
            ParticleTable table = image.particles();
            int maxLabel = 0;
            for (int r : keptRows) {
                maxLabel = Math.max(maxLabel, table.label(r));
            }
            boolean[] kept = new boolean[maxLabel + 1];
            for (int r : keptRows) {
                kept[table.label(r)] = true;
            }
            return Optional.of(OverlayRenderer.render(image.micrograph().get(), image.labels().get(),
                    id -> id < kept.length && kept[id]));
        }
        return image.savedOverlay();
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
