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
    /**
     * The default minimum confidence: 0, every particle kept (each still carries its confidence in
     * particles.csv, for the user's filter). Measured with {@code ConfidenceSweep} on analyses at
     * 0: on the model card's held-out SEM scenes (seed 900001, 6470 particles) every threshold drops
     * more true particles than false ones (0.1: 19 true and 3 false; 0.3: 374 true and 83 false,
     * AP@0.5 pooled 0.614 -> 0.564, per image 0.882 -> 0.708: faint particles in noise score low); on
     * the real sets 0.3 removed 34 of 830 false particles on the steel and none on the TEM, and cost
     * 0.009 on the powder (README, model card). 0.3 was the default until that card was rerun.
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0;

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
