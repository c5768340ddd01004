package io.granula.core.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.granula.core.calib.Calibration;
import io.granula.core.export.ParticleCsvWriter;
import io.granula.core.io.LabelTiff;
import io.granula.core.render.OverlayRenderer;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes one image's results into its folder of a {@link ResultsLayout}. Each file is written to
 * a temporary name and moved into place, so an interrupted run never leaves a half-written file
 * that a later {@code report} would trust.
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
        atomically(dir.resolve(ResultsLayout.LABELS), tmp -> LabelTiff.write(analysis.labels(), tmp));
        atomically(dir.resolve(ResultsLayout.PARTICLES), tmp -> ParticleCsvWriter.write(analysis.particles(), tmp));
        Set<Integer> kept = new HashSet<>();
        for (int row : analysis.keptRows()) {
            kept.add(analysis.particles().label(row));
        }
        atomically(dir.resolve(ResultsLayout.OVERLAY), tmp -> ImageIO.write(
                OverlayRenderer.render(analysis.image(), analysis.labels(), kept::contains), "png", tmp.toFile()));
        atomically(dir.resolve(ResultsLayout.CALIBRATION),
                tmp -> JSON.writeValue(tmp.toFile(), calibrationJson(analysis.calibration(), calibrationDetails)));
        atomically(dir.resolve(ResultsLayout.RUN), tmp -> JSON.writeValue(tmp.toFile(), runJson(analysis, run)));
        return dir;
    }

    static Map<String, Object> calibrationJson(Calibration c, Map<String, Object> details) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nm_per_px", c.isCalibrated() ? c.nmPerPixel() : null);
        m.put("source", c.source().name().toLowerCase(java.util.Locale.ROOT));
        m.put("detail", c.detail());
        m.putAll(details);
        return m;
    }

    private static Map<String, Object> runJson(ImageAnalysis a, RunRecord run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("software", run.software());
        m.put("started", run.started().toString());
        m.put("image", a.source() == null ? null : a.source().toAbsolutePath().toString());
        m.put("width", a.labels().width());
        m.put("height", a.labels().height());
        m.put("model", run.model());
        m.put("model_sha256", run.modelSha256());
        m.put("model_provenance", run.modelProvenance());
        m.put("device", a.device());
        m.put("diameter_px", a.diameterPx());
        m.put("parameters", run.parameters());
        m.put("particles", a.particles().size());
        m.put("particles_kept", a.keptRows().length);
        m.put("stage_ms", a.stageMillis());
        return m;
    }

    interface FileWrite {
        void to(Path tmp) throws IOException;
    }

    static void atomically(Path target, FileWrite write) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            write.to(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
