package io.granula.core.train;

/**
 * Linear warm-up over the first 5 % of steps (Cellpose warms up over its first 10 epochs for the
 * same reason: Adam's early steps on a fresh network are large), then cosine decay to a tenth of
 * the peak (Loshchilov and Hutter, "SGDR", ICLR 2017, without restarts). A pure function of the
 * step, so a resumed run continues on the same curve.
 */
public record LearningRateSchedule(double peak, long totalSteps) {
    public double at(long step) {
        long warm = Math.max(1, Math.round(0.05 * totalSteps));
        if (step < warm) {
            return peak * (step + 1) / warm;
        }
        double t = Math.min(1, (double) (step - warm) / Math.max(1, totalSteps - warm - 1));
        return peak * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * t)));
    }
}
