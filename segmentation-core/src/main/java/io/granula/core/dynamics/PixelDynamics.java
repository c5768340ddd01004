package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.progress.ProgressMonitor;

/** Flows to instance masks (Cellpose's dynamics). CPU implementation here; gpu-native adds CUDA. */
public interface PixelDynamics {
    /** Short name for logs and reports, e.g. "cpu (2 threads)" or "cuda (H100)". */
    String device();

    MaskResult computeMasks(FlowField flows, DynamicsParameters parameters, ProgressMonitor progress);
}
