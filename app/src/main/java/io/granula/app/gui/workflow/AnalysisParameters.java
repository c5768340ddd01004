package io.granula.app.gui.workflow;

import io.granula.app.service.AnalysisOptions;
import io.granula.app.project.AnalysisSettingsRecord;
import io.granula.core.dynamics.DynamicsParameters;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The analysis parameters the workbench's panel edits, the same options as {@code analyze}.
 *
 * @param diameterPx NaN for "auto" (the size search estimates it per image)
 */
public record AnalysisParameters(Path model, double diameterPx, double flowThreshold, double cellprobThreshold,
                                 int minSize, String device, boolean augment) {
    public static AnalysisParameters defaults() {
        DynamicsParameters d = DynamicsParameters.defaults();
        return new AnalysisParameters(AnalysisOptions.defaultModel(), Double.NaN, d.flowThreshold(),
                d.cellprobThreshold(), d.minSize(), "auto", false);
    }

    /** The parameters of stored settings (what the project was last analysed with). */
    public static AnalysisParameters of(AnalysisSettingsRecord s) {
        return new AnalysisParameters(Path.of(s.model()), s.diameterPx(), s.flowThreshold(), s.cellprobThreshold(),
                s.minSize(), s.device(), s.augment());
    }

    /** The service's options: the same as {@code analyze} with these values, all processors. */
    public AnalysisOptions toOptions() {
        AnalysisOptions d = AnalysisOptions.defaults();
        return new AnalysisOptions(model, diameterPx, device, null, false, d.threads(), flowThreshold,
                cellprobThreshold, minSize, augment);
    }

    public String describe() {
        return String.format(Locale.ROOT, "diameter %s, flow threshold %.2f, cell probability threshold %.1f, device %s",
                Double.isNaN(diameterPx) ? "auto" : String.format(Locale.ROOT, "%.0f px", diameterPx),
                flowThreshold, cellprobThreshold, device);
    }
}
