package io.granula.scalebar;

import io.granula.core.image.ImageDocument;
import io.granula.core.pipeline.CalibrationResolver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The pipeline's calibration: the instrument's metadata first, then the scale bar, with the
 * scale-bar fields of the command-line contract recorded for calibration.json. Disagreements and a
 * missing OCR engine go to {@code warnings}, each once per message.
 */
public final class ScaleBarCalibrationResolver implements CalibrationResolver {
    private final ScaleBarReader reader;
    private final Consumer<String> warnings;
    private final java.util.Set<String> told = new java.util.HashSet<>();
    /** nm/px of the scale bars used so far: the series a new reading is checked against. */
    private final List<Double> series = new java.util.ArrayList<>();

    public ScaleBarCalibrationResolver(ScaleBarReader reader, Consumer<String> warnings) {
        this.reader = reader;
        this.warnings = warnings;
    }

    @Override
    public Resolved resolve(ImageDocument document) {
        ScaleBarResult r = reader.read(document.firstPage(), document.metadata(),
                java.util.Optional.ofNullable(document.path()), series);
        if (r.calibration().source() == io.granula.core.calib.CalibrationSource.SCALE_BAR) {
            series.add(r.calibration().nmPerPixel());
        }
        for (String w : r.warnings()) {
            boolean perImage = !reader.ocrProblem().map(w::equals).orElse(false);
            if (perImage || told.add(w)) {
                warnings.accept(perImage ? document.path() + ": " + w : w);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>(ScaleBarJson.fields(r));
        // the results writer records nm_per_px and source from the calibration itself
        details.remove("nm_per_px");
        details.remove("source");
        details.put("warnings", List.copyOf(r.warnings()));
        // a reading the reader did not trust is kept in the details for the workbench to offer for confirmation
        details.put("needs_confirmation", r.needsConfirmation());
        return new Resolved(r.calibration(), details);
    }
}
