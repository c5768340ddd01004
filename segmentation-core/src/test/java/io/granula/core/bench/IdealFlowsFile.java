package io.granula.core.bench;

import io.granula.core.dynamics.FlowsFromLabels;
import io.granula.core.io.LabelTiff;
import io.granula.core.io.Npy;
import io.granula.core.label.LabelImage;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the ideal flows {@link DynamicsBench} uses (the StarDist nuclei labels, or synthetic
 * discs when the shared data is absent, tiled to SIZE x SIZE) as a {@code (3, H, W)} float32
 * .npy, so that {@code ./granula masks} can be timed one process per call, cold, as a user runs it.
 * Arguments: {@code OUT.npy SIZE}.
 */
public final class IdealFlowsFile {
    private IdealFlowsFile() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        Path shared = Path.of(System.getProperty("granula.shared.data", "../shared/data"), "stardist/nuclei-512-labels.tif");
        LabelImage base = Files.isRegularFile(shared) ? LabelTiff.read(shared) : DynamicsBench.discs(512);
        Npy.writeFlows(FlowsFromLabels.networkFlows(DynamicsBench.tile(base, size), 2), out);
    }
}
