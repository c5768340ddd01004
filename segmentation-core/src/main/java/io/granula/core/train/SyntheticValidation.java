package io.granula.core.train;

import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.eval.InstanceEvaluation;
import io.granula.core.eval.MatchMetrics;
import io.granula.core.flow.FlowField;
import io.granula.core.flow.ModelInput;
import io.granula.core.label.LabelImage;
import io.granula.core.model.ModelSidecar;
import io.granula.core.progress.ProgressMonitor;
import io.granula.core.synth.SynthConfig;
import io.granula.core.synth.SyntheticImage;
import io.granula.core.synth.SyntheticMicrographs;

import java.util.ArrayList;
import java.util.List;

/**
 * Held-out synthetic images scored the way a user's results are: network forward pass, CPU pixel
 * dynamics with Cellpose's defaults, then AP against the exact labels. The images are drawn with
 * object diameters within a factor 2 of the network's diam_mean, the range training zooms over,
 * so they need no rescaling; all styles and arrangements are mixed.
 */
public final class SyntheticValidation {
    private static final List<Double> THRESHOLDS = List.of(0.5, 0.75, 0.9);

    private record Item(float[] input, LabelImage truth) {
    }

    private final List<Item> items;
    private final int size;
    private final ModelSidecar sidecar;
    private final DynamicsParameters dynamics;

    private SyntheticValidation(List<Item> items, int size, ModelSidecar sidecar, DynamicsParameters dynamics) {
        this.items = items;
        this.size = size;
        this.sidecar = sidecar;
        this.dynamics = dynamics;
    }

    /**
     * @param size edge of each image, rounded up to the network's stride
     * @param seed seed of the validation set, kept apart from the training seed by the caller
     */
    public static SyntheticValidation create(ModelSidecar sidecar, int count, int size, long seed, int threads) {
        int stride = sidecar.stride();
        int edge = Math.max(stride, (size + stride - 1) / stride * stride);
        double d = sidecar.diamMean();
        SynthConfig config = SynthConfig.builder().size(edge).diameters(Math.max(2, d / 2), Math.max(2, 2 * d)).build();
        SyntheticMicrographs gen = new SyntheticMicrographs(config, seed);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SyntheticImage img = gen.generate(i);
            items.add(new Item(ModelInput.normalizedPlanes(img.image(), sidecar)[0], img.labels()));
        }
        return new SyntheticValidation(items, edge, sidecar, DynamicsParameters.defaults().withThreads(threads));
    }

    public int count() {
        return items.size();
    }

    public int imageSize() {
        return size;
    }

    public ValidationScore evaluate(TorchScriptNetwork net, ProgressMonitor monitor) {
        if (items.isEmpty()) {
            return ValidationScore.NONE;
        }
        long[][] counts = new long[THRESHOLDS.size()][3];
        int truth = 0, predicted = 0;
        CpuPixelDynamics dyn = new CpuPixelDynamics();
        float rescale = (float) (5 / sidecar.flowScale());
        for (int k = 0; k < items.size(); k++) {
            monitor.checkCancelled();
            Item it = items.get(k);
            float[][] out = net.predict(it.input(), size, size);
            float[] dy = scaled(out[sidecar.channelIndex(ModelSidecar.DY)], rescale);
            float[] dx = scaled(out[sidecar.channelIndex(ModelSidecar.DX)], rescale);
            FlowField flows = new FlowField(size, size, dy, dx, out[sidecar.channelIndex(ModelSidecar.CELLPROB)]);
            LabelImage masks = dyn.computeMasks(flows, dynamics, ProgressMonitor.NONE).labels();
            InstanceEvaluation ev = InstanceEvaluation.of(it.truth(), masks, THRESHOLDS);
            truth += ev.nTrue();
            predicted += ev.nPred();
            List<MatchMetrics> m = ev.metrics();
            for (int t = 0; t < THRESHOLDS.size(); t++) {
                counts[t][0] += m.get(t).tp();
                counts[t][1] += m.get(t).fp();
                counts[t][2] += m.get(t).fn();
            }
            monitor.update((k + 1.0) / items.size(), "validation " + (k + 1) + "/" + items.size());
        }
        return new ValidationScore(ap(counts[0]), ap(counts[1]), ap(counts[2]), items.size(), truth, predicted);
    }

    private static float[] scaled(float[] v, float f) {
        if (f == 1f) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * f;
        }
        return out;
    }

    private static double ap(long[] c) {
        long den = c[0] + c[1] + c[2];
        return den == 0 ? 0 : (double) c[0] / den;
    }
}
