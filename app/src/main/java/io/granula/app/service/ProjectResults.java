package io.granula.app.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.app.project.AnalysisSettingsRecord;
import io.granula.app.project.CalibrationEntry;
import io.granula.app.project.ImageAnalysisRecord;
import io.granula.app.project.MaskKind;
import io.granula.app.project.ProjectImage;
import io.granula.app.project.ProjectStore;
import io.granula.app.project.StoredConfidence;
import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReadException;
import io.granula.core.image.ImageReaders;
import io.granula.core.image.PixelType;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.pipeline.ImageAnalysis;
import io.granula.core.pipeline.RunRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An image's results as the project holds them now: the current (corrected) masks, measured afresh on
 * the whole label image with the image's intensities, as {@code analyze} measures them; shared by
 * {@link ProjectExport} and {@link ProjectReportService} so the export and the report show the same
 * numbers. An image whose file is missing gets a blank background without intensity columns.
 */
public final class ProjectResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProjectResults() {
    }

    /**
     * @param lines told when the image's file is missing or unreadable
     * @return the analysis rebuilt from the store; the image must have been analysed
     */
    static ImageAnalysis current(ProjectStore store, ProjectImage img, ImageAnalysisRecord rec, Consumer<String> lines) {
        LabelImage labels = store.masks(img.id(), MaskKind.CURRENT).orElseThrow();
        Image2D image = null;
        Path file = store.resolve(img);
        if (Files.isRegularFile(file)) {
            try {
                image = ImageReaders.read(file).firstPage();
            } catch (ImageReadException e) {
                lines.accept(img.name() + ": " + e.getMessage() + "; without intensities");
            }
        } else {
            lines.accept(img.name() + ": image file missing (" + file + "); on a blank background, without intensities");
        }
        Calibration cal = store.calibration(img.id()).map(CalibrationEntry::calibration).orElse(Calibration.none());
        ParticleTable table = StoredConfidence.onto(new ParticleMeasurer().measure(labels, image, cal, null),
                store.particles(img.id()));
        boolean excludeEdge = store.settings(rec.settingsId()).map(AnalysisSettingsRecord::excludeEdge).orElse(false);
        int[] kept = ParticleFilter.ALL.excludingEdgeTouching(excludeEdge).select(table);
        Image2D background = image != null ? image
                : new Image2D(img.width(), img.height(), PixelType.UINT8, new float[img.width() * img.height()]);
        return new ImageAnalysis(file, background, labels, table, kept, cal, rec.diameterPx(), rec.device(), Map.of());
    }

    /** Whether the image's file could be read when {@link #current} rebuilt it (not the blank stand-in). */
    static boolean hasMicrograph(ProjectStore store, ProjectImage img) {
        return Files.isRegularFile(store.resolve(img));
    }

    /** The run record of {@code run.json} as the analysis stored it. */
    @SuppressWarnings("unchecked")
    static RunRecord runRecord(ImageAnalysisRecord rec) throws IOException {
        Map<String, Object> m = JSON.readValue(rec.runJson(), Map.class);
        Object prov = m.getOrDefault("model_provenance", Map.of());
        Object params = m.getOrDefault("parameters", Map.of());
        return new RunRecord(String.valueOf(m.getOrDefault("software", RunRecord.SOFTWARE)), rec.at(),
                String.valueOf(m.get("model")), String.valueOf(m.get("model_sha256")),
                prov instanceof Map ? nonNull((Map<String, Object>) prov) : Map.of(), rec.device(),
                params instanceof Map ? nonNull((Map<String, Object>) params) : Map.of(), Map.of());
    }

    /** How the pixel size of an image's latest analysis was found (empty when it has none or it cannot be read). */
    public static Map<String, Object> calibrationDetails(ProjectStore store, long imageId) {
        try {
            var rec = store.analysis(imageId);
            return rec.isPresent() ? calibrationDetails(rec.get()) : Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** The {@code calibration} object of the stored run record (how the pixel size was found). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> calibrationDetails(ImageAnalysisRecord rec) throws IOException {
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
