package io.granula.core.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.granula.core.annotate.AnnotationArea;
import io.granula.core.calib.Calibration;
import io.granula.core.export.ParticleCsvWriter;
import io.granula.core.io.AtomicFiles;
import io.granula.core.io.LabelTiff;
import io.granula.core.render.OverlayRenderer;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes one image's results into its folder of a {@link ResultsLayout}. Each file is written
 * through {@link AtomicFiles}, so an interrupted run or a full disk never leaves a half-written file
 * that a later {@code report} would trust. {@link ResultsReader} reads the folder back.
 */
public final class ResultsWriter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final ResultsLayout layout;

    public ResultsWriter(ResultsLayout layout) {
        this.layout = layout;
    }

    /** @return the folder written */
    public Path write(String stem, ImageAnalysis analysis, RunRecord run, Map<String, Object> calibrationDetails)
            throws IOException {
        Path dir = layout.imageDir(stem);
        Files.createDirectories(dir);
        LabelTiff.write(analysis.labels(), dir.resolve(ResultsLayout.LABELS));
        ParticleCsvWriter.write(analysis.particles(), dir.resolve(ResultsLayout.PARTICLES));
        Set<Integer> kept = new HashSet<>();
        for (int row : analysis.keptRows()) {
            kept.add(analysis.particles().label(row));
        }
        AtomicFiles.writeVia(dir.resolve(ResultsLayout.OVERLAY), tmp -> writePng(
                OverlayRenderer.render(analysis.image(), analysis.labels(), kept::contains, analysis.excluded()), tmp));
        AtomicFiles.write(dir.resolve(ResultsLayout.CALIBRATION),
                out -> JSON.writeValue(out, calibrationJson(analysis.calibration(), calibrationDetails)));
        AtomicFiles.write(dir.resolve(ResultsLayout.RUN), out -> JSON.writeValue(out, runJson(analysis, run)));
        return dir;
    }

    /** ImageIO to a file, not a stream: a stream would go through a cache file in java.io.tmpdir. */
    private static void writePng(java.awt.image.BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG encoder in this Java runtime");
        }
    }

    static Map<String, Object> calibrationJson(Calibration c, Map<String, Object> details) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(ResultsKeys.NM_PER_PX, c.isCalibrated() ? c.nmPerPixel() : null);
        m.put(ResultsKeys.SOURCE, c.source().name().toLowerCase(java.util.Locale.ROOT));
        m.put(ResultsKeys.DETAIL, c.detail());
        m.putAll(details);
        return m;
    }

    private static Map<String, Object> runJson(ImageAnalysis a, RunRecord run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(ResultsKeys.SOFTWARE, run.software());
        m.put(ResultsKeys.STARTED, run.started().toString());
        m.put(ResultsKeys.IMAGE, a.source() == null ? null : a.source().toAbsolutePath().toString());
        m.put(ResultsKeys.WIDTH, a.labels().width());
        m.put(ResultsKeys.HEIGHT, a.labels().height());
        m.put(ResultsKeys.MODEL, run.model());
        m.put(ResultsKeys.MODEL_SHA256, run.modelSha256());
        m.put(ResultsKeys.MODEL_PROVENANCE, run.modelProvenance());
        m.put(ResultsKeys.DEVICE, a.device());
        m.put(ResultsKeys.DIAMETER_PX, a.diameterPx());
        m.put(ResultsKeys.PARAMETERS, run.parameters());
        m.put(ResultsKeys.PARTICLES, a.particles().size());
        m.put(ResultsKeys.PARTICLES_KEPT, a.keptRows().length);
        m.put(ResultsKeys.STAGE_MS, a.stageMillis());
        m.put(ResultsKeys.EXCLUDED_AREAS, a.excluded().stream().map(AnnotationArea::toJson).toList());
        return m;
    }
}
