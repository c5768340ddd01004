package io.granula.gpu;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PTX in the jar is what CUDA 12 and 13 drivers can load: ISA 8.0 (CUDA 12.0's), Turing
 * target, every kernel the Java side launches; and, where ptxas is installed, it assembles as ISA
 * 8.0 (which fails for any instruction 8.0 lacks).
 */
class ShippedPtxTest {
    @TempDir
    Path tmp;

    @Test
    void shippedPtxDeclaresIsa80ForTuringAndEveryLaunchedKernel() {
        String ptx = CudaKernels.ptxText();
        assertThat(ptx).contains("\n.version 8.0\n").contains("\n.target sm_75\n").contains("\n.address_size 64\n");
        for (String entry : CudaKernels.ENTRIES) {
            assertThat(ptx).as(entry).contains(".visible .entry " + entry + "(");
        }
    }

    @Test
    void shippedPtxAssemblesAsIsa80() throws Exception {
        String ptxas = HostKernels.onPath("ptxas");
        if (ptxas == null && Files.isExecutable(Path.of("/usr/local/bin/ptxas"))) {
            ptxas = "/usr/local/bin/ptxas";
        }
        Assumptions.assumeTrue(ptxas != null, "no ptxas (CUDA toolkit) here: the PTX is not assembled in this build");
        Path ptx = Files.writeString(tmp.resolve("k.ptx"), CudaKernels.ptxText());
        HostKernels.Result r = HostKernels.exec(List.of(ptxas, "-arch=sm_75", "-o", tmp.resolve("k.cubin").toString(), ptx.toString()));
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(tmp.resolve("k.cubin")).isNotEmptyFile();
    }
}
