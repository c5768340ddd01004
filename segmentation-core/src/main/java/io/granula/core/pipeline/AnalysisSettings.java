package io.granula.core.pipeline;

import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.measure.ParticleFilter;

/**
 * What one analysis run is asked to do.
 *
 * @param diameterPx mean particle diameter in pixels as the user gave it, or NaN to estimate it
 * @param dynamics   flow-to-mask parameters
 * @param filter     which particles count in statistics and overlays (all are still measured)
 */
public record AnalysisSettings(double diameterPx, DynamicsParameters dynamics, ParticleFilter filter) {
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Double.NaN, DynamicsParameters.defaults(), ParticleFilter.ALL);
    }

    public boolean estimateDiameter() {
        return Double.isNaN(diameterPx);
    }
}
