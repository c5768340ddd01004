package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;

public class Probe2 {
    public static void main(String[] a) {
        LabelImage gt = TestImages.readLabels(TestImages.nucleiLabels());
        FlowField f = FlowsFromLabels.networkFlows(gt, 2);
        int w = f.width(), h = f.height();
        int[] px = FollowFlows.movingPixels(f.cellprob(), 0f);
        float[] field = FollowFlows.stepField(f, 0f);
        System.out.println("moving " + px.length + " of " + w * h);
        int[] hist = new int[201];
        int[] periods = new int[300];
        long total = 0;
        for (int p : px) {
            float gx = ((float) (p % w) / (float) (w - 1)) * 2f - 1f;
            float gy = ((float) (p / w) / (float) (h - 1)) * 2f - 1f;
            long[] states = new long[201];
            states[0] = GridSampleStep.pack(gx, gy);
            for (int t = 1; t <= 200; t++) states[t] = GridSampleStep.step(field, w, h, w / 2f, h / 2f, GridSampleStep.x(states[t - 1]), GridSampleStep.y(states[t - 1]));
            // earliest t at which state repeats an earlier one
            int first = 200; int per = 0;
            outer:
            for (int t = 1; t <= 200; t++) for (int s = 0; s < t; s++) if (states[s] == states[t]) { first = t; per = t - s; break outer; }
            hist[first]++; periods[per]++; total += first;
        }
        System.out.println("mean first repeat " + (double) total / px.length);
        for (int i = 0; i <= 200; i += 10) { int s = 0; for (int j = i; j < Math.min(201, i + 10); j++) s += hist[j]; System.out.print(i + ":" + s + " "); }
        System.out.println();
        for (int i = 0; i < 40; i++) if (periods[i] > 0) System.out.print("p" + i + ":" + periods[i] + " ");
        System.out.println();
    }
}
