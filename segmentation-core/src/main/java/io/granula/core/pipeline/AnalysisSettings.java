package io.granula.core.pipeline;

import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.measure.ParticleFilter;

/**
 * What one analysis run is asked to do.
 *
 * @param diameterPx mean particle diameter in pixels as the user gave it, or NaN to estimate it
 * @param dynamics   flow-to-mask parameters
 * @param filter     which particles count in statistics and overlays (all are still measured)
 * @param minConfidence particles whose {@link io.granula.core.measure.Measurement#CONFIDENCE} is under this are
 *                   dropped (0 keeps all)
 */
public record AnalysisSettings(double diameterPx, DynamicsParameters dynamics, ParticleFilter filter,
                               double minConfidence) {
    /** The default minimum confidence; see the README's measurement table and model card for how it was chosen. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.3;

    /** Settings with the default minimum confidence. */
    public AnalysisSettings(double diameterPx, DynamicsParameters dynamics, ParticleFilter filter) {
        this(diameterPx, dynamics, filter, DEFAULT_MIN_CONFIDENCE);
    }

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Double.NaN, DynamicsParameters.defaults(), ParticleFilter.ALL);
    }

    public boolean estimateDiameter() {
        return Double.isNaN(diameterPx);
    }
}
