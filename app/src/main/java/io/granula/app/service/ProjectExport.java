package io.granula.app.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.app.project.AnalysisSettingsRecord;
import io.granula.app.project.CalibrationEntry;
import io.granula.app.project.ImageAnalysisRecord;
import io.granula.app.project.MaskKind;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.core.calib.Calibration;
import io.granula.core.export.CocoJsonWriter;
import io.granula.core.export.GeoJsonWriter;
import io.granula.core.export.RoiZipWriter;
import io.granula.core.export.SummaryCsvWriter;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;
import io.granula.core.image.PixelType;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.pipeline.ImageAnalysis;
import io.granula.core.pipeline.ResultsLayout;
import io.granula.core.pipeline.ResultsWriter;
import io.granula.core.pipeline.RunRecord;
import io.granula.core.stats.ImageSummary;
import io.granula.core.stats.ParticleStatistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code project export}: the files {@code analyze} writes, from the project's current (corrected) masks,
 * written by the same core writers ({@link ResultsWriter}, {@link SummaryCsvWriter}) so they are the same
 * files; plus {@code coco.json} for the whole project and, per image, {@code rois.zip} (ImageJ ROI
 * Manager) and {@code particles.geojson} (QuPath detections). Measurements are taken afresh on the whole
 * label image with the image's intensities, as {@code analyze} takes them; an image whose file is missing
 * is exported on a blank background without intensity columns, and named.
 */
public final class ProjectExport {
    public static final String COCO = "coco.json";
    public static final String ROIS = "rois.zip";
    public static final String GEOJSON = "particles.geojson";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProjectStore store;

    public ProjectExport(ProjectStore store) {
        this.store = store;
    }

    /** @return how many images could not be exported (each named on {@code lines}) */
    public int export(Path out, Consumer<String> lines) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw ServiceException.badRequest("--out: cannot create " + out + ": " + e.getMessage());
        }
        ResultsLayout layout = new ResultsLayout(out);
        ResultsWriter writer = new ResultsWriter(layout);
        List<ImageSummary> summaries = new ArrayList<>();
        List<CocoJsonWriter.Entry> coco = new ArrayList<>();
        int failed = 0;
        for (ProjectImage img : store.images()) {
            var analysis = store.analysis(img.id());
            if (analysis.isEmpty()) {
                lines.accept(img.name() + ": not analysed yet, not exported");
                failed++;
                continue;
            }
            try {
                ImageAnalysis a = rebuild(img, analysis.get(), lines);
                RunRecord run = runRecord(analysis.get());
                Path dir = writer.write(img.name(), a, run, calibrationDetails(analysis.get()));
                RoiZipWriter.write(a.particles(), dir.resolve(ROIS));
                GeoJsonWriter.write(a.particles(), GeoJsonWriter.ObjectType.DETECTION, dir.resolve(GEOJSON));
                coco.add(new CocoJsonWriter.Entry(store.resolve(img).getFileName().toString(), a.labels(), a.particles()));
                summaries.add(new ImageSummary(img.name(), a.calibration(),
                        ParticleStatistics.summarise(a.particles(), a.keptRows())));
                lines.accept(img.name() + ": " + a.particles().size() + " particles -> " + dir);
            } catch (IOException e) {
                lines.accept(img.name() + ": cannot write results: " + e.getMessage());
                failed++;
            }
        }
        try {
            if (!summaries.isEmpty()) {
                SummaryCsvWriter.write(summaries, layout.summary());
                CocoJsonWriter.write(coco, CocoJsonWriter.Segmentation.POLYGONS, out.resolve(COCO));
            }
        } catch (IOException e) {
            lines.accept(out + ": cannot write the summary: " + e.getMessage());
            failed++;
        }
        return failed;
    }

    private ImageAnalysis rebuild(ProjectImage img, ImageAnalysisRecord rec, Consumer<String> lines) {
        LabelImage labels = store.masks(img.id(), MaskKind.CURRENT).orElseThrow();
        Image2D image = null;
        Path file = store.resolve(img);
        if (Files.isRegularFile(file)) {
            try {
                image = ImageReaders.read(file).firstPage();
            } catch (ImageReadException e) {
                lines.accept(img.name() + ": " + e.getMessage() + "; exported without intensities");
            }
        } else {
            lines.accept(img.name() + ": image file missing (" + file + "); exported on a blank background, without intensities");
        }
        Calibration cal = store.calibration(img.id()).map(CalibrationEntry::calibration).orElse(Calibration.none());
        ParticleTable table = new ParticleMeasurer().measure(labels, image, cal, null);
        boolean excludeEdge = store.settings(rec.settingsId()).map(AnalysisSettingsRecord::excludeEdge).orElse(false);
        int[] kept = ParticleFilter.ALL.excludingEdgeTouching(excludeEdge).select(table);
        Image2D background = image != null ? image
                : new Image2D(img.width(), img.height(), PixelType.UINT8, new float[img.width() * img.height()]);
        return new ImageAnalysis(file, background, labels, table, kept, cal, rec.diameterPx(), rec.device(), Map.of());
    }

    @SuppressWarnings("unchecked")
    private static RunRecord runRecord(ImageAnalysisRecord rec) throws IOException {
        Map<String, Object> m = JSON.readValue(rec.runJson(), Map.class);
        Object prov = m.getOrDefault("model_provenance", Map.of());
        Object params = m.getOrDefault("parameters", Map.of());
        return new RunRecord(String.valueOf(m.getOrDefault("software", RunRecord.SOFTWARE)), rec.at(),
                String.valueOf(m.get("model")), String.valueOf(m.get("model_sha256")),
                prov instanceof Map ? nonNull((Map<String, Object>) prov) : Map.of(), rec.device(),
                params instanceof Map ? nonNull((Map<String, Object>) params) : Map.of(), Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> calibrationDetails(ImageAnalysisRecord rec) throws IOException {
        Map<String, Object> m = JSON.readValue(rec.runJson(), Map.class);
        Object c = m.get("calibration");
        return c instanceof Map ? new LinkedHashMap<>((Map<String, Object>) c) : Map.of();
    }

    /** Map.copyOf in RunRecord refuses nulls; JSON nulls become the text "null". */
    private static Map<String, Object> nonNull(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? "null" : v));
        return out;
    }
}
