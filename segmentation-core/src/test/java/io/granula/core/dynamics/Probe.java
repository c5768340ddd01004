package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;

public class Probe {
    public static void main(String[] a) {
        LabelImage gt = TestImages.readLabels(TestImages.nucleiLabels());
        int size = Integer.parseInt(a[0]);
        if (size != 512) gt = TestImages.tile(gt, size);
        long t = System.nanoTime();
        FlowField f = FlowsFromLabels.networkFlows(gt, 2);
        System.out.printf("flows %.0f ms%n", (System.nanoTime() - t) / 1e6);
        DynamicsParameters p = DynamicsParameters.defaults().withThreads(2);
        for (int rep = 0; rep < 3; rep++) {
            MaskResult r = new CpuPixelDynamics().computeMasks(f, p, ProgressMonitor.NONE);
            System.out.println("opt " + r.stageMillis() + " n=" + r.labels().objectCount() + " AP50=" + Matching.averagePrecision(gt, r.labels(), 0.5)+ " AP90=" + Matching.averagePrecision(gt, r.labels(), 0.9));
        }
        if (a.length > 1) {
            MaskResult ref = new ReferenceDynamics().computeMasks(f, p, ProgressMonitor.NONE);
            MaskResult r = new CpuPixelDynamics().computeMasks(f, p, ProgressMonitor.NONE);
            System.out.println("ref " + ref.stageMillis() + " n=" + ref.labels().objectCount());
            System.out.println("same=" + java.util.Arrays.equals(ref.labels().labels(), r.labels().labels()));
        }
    }
}
