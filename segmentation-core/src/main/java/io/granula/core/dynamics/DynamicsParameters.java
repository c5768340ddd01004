package io.granula.core.dynamics;

/**
 * Parameters of flow-to-mask post-processing, with Cellpose's defaults
 * (cellpose/dynamics.py: niter=200, flow_threshold=0.4, cellprob_threshold=0.0, min_size=15,
 * max_size_fraction=0.4).
 */
public record DynamicsParameters(int niter, double flowThreshold, double cellprobThreshold, int minSize,
                                 double maxSizeFraction, int threads) {
    public static DynamicsParameters defaults() {
        return new DynamicsParameters(200, 0.4, 0.0, 15, 0.4, Runtime.getRuntime().availableProcessors());
    }

    public DynamicsParameters withNiter(int v) { return new DynamicsParameters(v, flowThreshold, cellprobThreshold, minSize, maxSizeFraction, threads); }
    public DynamicsParameters withFlowThreshold(double v) { return new DynamicsParameters(niter, v, cellprobThreshold, minSize, maxSizeFraction, threads); }
    public DynamicsParameters withCellprobThreshold(double v) { return new DynamicsParameters(niter, flowThreshold, v, minSize, maxSizeFraction, threads); }
    public DynamicsParameters withMinSize(int v) { return new DynamicsParameters(niter, flowThreshold, cellprobThreshold, v, maxSizeFraction, threads); }
    public DynamicsParameters withThreads(int v) { return new DynamicsParameters(niter, flowThreshold, cellprobThreshold, minSize, maxSizeFraction, v); }
}
