package io.granula.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.app.Granula;
import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.FlowsFromLabels;
import io.granula.core.flow.FlowField;
import io.granula.core.io.LabelTiff;
import io.granula.core.io.Npy;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import io.granula.gpu.CudaProbe;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MasksCommandTest extends ConsoleCapture {
    @TempDir
    Path tmp;


    /** A 3x3 grid of touching squares, 12 px wide. */
    private static LabelImage squares() {
        int w = 48;
        int[] l = new int[w * w];
        for (int y = 6; y < 42; y++) {
            for (int x = 6; x < 42; x++) {
                l[y * w + x] = 1 + (y - 6) / 12 * 3 + (x - 6) / 12;
            }
        }
        return new LabelImage(w, w, l);
    }

    private Path flowsFile(LabelImage labels) throws Exception {
        Path f = tmp.resolve("flows.npy");
        Npy.writeFlows(FlowsFromLabels.networkFlows(labels, 1), f);
        return f;
    }

    @Test
    void writesTheLabelsAndOneJsonLineWithStageTimings() throws Exception {
        LabelImage truth = squares();
        Path flows = flowsFile(truth);
        Path labels = tmp.resolve("sub/labels.tif");
        int code = Granula.run("masks", "--flows", flows.toString(), "--out", labels.toString(), "--device", "cpu",
                "--threads", "2", "--quiet");
        assertThat(code).as(stderr()).isZero();
        String stdout = stdout().trim();
        assertThat(stdout.lines().count()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(stdout);
        assertThat(json.get("objects").asInt()).isEqualTo(9);
        assertThat(json.get("device").asText()).isEqualTo("cpu (2 threads)");
        assertThat(json.get("ms").has("follow_flows")).isTrue();
        assertThat(json.get("ms").has("flow_qc")).isTrue();
        assertThat(json.get("ms").get("total").asDouble()).isPositive();
        // the process CPU clock ticks in steps (10 ms on many kernels): on these nine squares it may read 0
        assertThat(json.get("cpu_ms").get("dynamics").isNumber()).isTrue();
        assertThat(json.get("cpu_ms").get("dynamics").asDouble()).isNotNegative();

        FlowField field = Npy.readFlows(flows);
        LabelImage expected = new CpuPixelDynamics().computeMasks(field, DynamicsParameters.defaults().withThreads(1),
                ProgressMonitor.NONE).labels();
        assertThat(LabelTiff.read(labels).labels()).isEqualTo(expected.labels());
    }

    @Test
    void gpuWithoutAGpuIsAUsageErrorThatSaysWhyAndWritesNothing() throws Exception {
        Assumptions.assumeFalse(CudaProbe.probe().available(), "this machine has a GPU: --device gpu runs on it");
        Path flows = flowsFile(squares());
        Path out = tmp.resolve("l.tif");
        int code = Granula.run("masks", "--flows", flows.toString(), "--out", out.toString(), "--device", "gpu", "--quiet");
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("--device gpu: no usable GPU").contains("--device auto or --device cpu")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void autoWithoutAGpuRunsOnTheCpu() throws Exception {
        Assumptions.assumeFalse(CudaProbe.probe().available(), "this machine has a GPU: auto takes it");
        Path flows = flowsFile(squares());
        int code = Granula.run("masks", "--flows", flows.toString(), "--out", tmp.resolve("l.tif").toString(),
                "--device", "auto", "--quiet");
        assertThat(code).isZero();
        assertThat(new ObjectMapper().readTree(stdout()).get("device").asText()).startsWith("cpu");
    }

    @Test
    void parametersReachTheDynamics() throws Exception {
        Path flows = flowsFile(squares());
        // every square has 144 px: min size 200 drops them all
        int code = Granula.run("masks", "--flows", flows.toString(), "--out", tmp.resolve("l.tif").toString(),
                "--min-size", "200", "--flow-threshold", "0", "--niter", "100", "--cellprob-threshold", "0.5", "--quiet");
        assertThat(code).isZero();
        assertThat(new ObjectMapper().readTree(stdout()).get("objects").asInt()).isZero();
    }

    @Test
    void aMissingOrMalformedFlowsFileIsAOneLineError() throws Exception {
        int missing = Granula.run("masks", "--flows", tmp.resolve("nope.npy").toString(), "--out", tmp.resolve("l.tif").toString());
        assertThat(missing).isEqualTo(2);
        assertThat(stderr()).contains("no such file").contains("nope.npy");

        Path bad = tmp.resolve("bad.npy");
        Npy.writeFloats(bad, new int[]{2, 4, 4}, new float[32]);
        int malformed = Granula.run("masks", "--flows", bad.toString(), "--out", tmp.resolve("l.tif").toString());
        assertThat(malformed).isEqualTo(1);
        assertThat(stderr()).contains("bad.npy").contains("(3, H, W)").doesNotContain("Exception");
        assertThat(Files.exists(tmp.resolve("l.tif"))).isFalse();
    }

    @Test
    void badOptionValuesAreUsageErrors() throws Exception {
        Path flows = flowsFile(squares());
        assertThat(Granula.run("masks", "--flows", flows.toString(), "--out", "x.tif", "--device", "tpu")).isEqualTo(2);
        assertThat(Granula.run("masks", "--flows", flows.toString(), "--out", "x.tif", "--niter", "0")).isEqualTo(2);
        assertThat(stderr()).contains("--device").contains("--niter");
    }
}
