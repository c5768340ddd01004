package io.granula.core.io;

import io.granula.core.flow.FlowField;
import io.granula.core.image.ImageReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NpyTest {
    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(NpyTest.class.getResource("/npy/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static float[] expectedA() {
        float[] a = new float[24];
        for (int i = 0; i < 24; i++) {
            a[i] = i * 0.5f - 3;
        }
        return a;
    }

    @Test
    void readsNumpyFloat32InBothByteOrdersAndVersion2() throws Exception {
        for (String name : new String[]{"f4_le.npy", "f4_be.npy", "f4_v2.npy"}) {
            NpyFloatArray a = Npy.readFloats(fixture(name));
            assertThat(a.shape()).as(name).containsExactly(2, 3, 4);
            assertThat(a.data()).as(name).containsExactly(expectedA());
        }
        assertThat(Npy.header(fixture("f4_be.npy")).order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(Npy.header(fixture("f4_v2.npy")).dataOffset() % 64).isZero();
    }

    @Test
    void readsFortranOrderFloat64IntoCOrder() throws Exception {
        NpyHeader h = Npy.header(fixture("f8_fortran.npy"));
        assertThat(h.fortranOrder()).isTrue();
        assertThat(h.dtype()).isEqualTo(NpyDType.FLOAT64);
        assertThat(Npy.readFloats(fixture("f8_fortran.npy")).data()).containsExactly(expectedA());
    }

    @Test
    void readsIntegerTypesExactly() throws Exception {
        NpyIntArray u2 = Npy.readInts(fixture("u2_be.npy"));
        assertThat(u2.shape()).containsExactly(3, 4);
        for (int i = 0; i < 12; i++) {
            assertThat(u2.data()[i]).isEqualTo(i * 5000);
        }
        assertThat(Npy.readInts(fixture("u1.npy")).data()).containsExactly(0, 50, 100, 150, 200, 250);
        int[] f = Npy.readInts(fixture("i4_fortran.npy")).data();
        assertThat(f).containsExactly(-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5);
    }

    @Test
    void readsFlowsAsDyDxCellprobPlanes() throws Exception {
        FlowField f = Npy.readFlows(fixture("flows_3x2x3.npy"));
        assertThat(f.width()).isEqualTo(3);
        assertThat(f.height()).isEqualTo(2);
        assertThat(f.dy()).containsOnly(1.5f);
        assertThat(f.dx()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(f.cellprob()).containsExactly(-0f, -1, -2, -3, -4, -5); // numpy negates 0 to -0.0
    }

    @Test
    void flowsRoundTripThroughOwnWriter() throws Exception {
        int w = 7, h = 5, n = w * h;
        float[] dy = new float[n], dx = new float[n], cp = new float[n];
        for (int i = 0; i < n; i++) {
            dy[i] = (float) Math.sin(i);
            dx[i] = -i / 3f;
            cp[i] = i % 2 == 0 ? Float.NaN : 1e30f;
        }
        Path p = tmp.resolve("flows.npy");
        Npy.writeFlows(new FlowField(w, h, dy, dx, cp), p);
        NpyHeader header = Npy.header(p);
        assertThat(header.shape()).containsExactly(3, h, w);
        assertThat(header.dataOffset() % 64).isZero();
        assertThat(new String(Files.readAllBytes(p), 0, (int) header.dataOffset(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 5, 7), }").endsWith("\n");
        FlowField back = Npy.readFlows(p);
        assertThat(back.dy()).containsExactly(dy);
        assertThat(back.dx()).containsExactly(dx);
        assertThat(back.cellprob()).containsExactly(cp);
    }

    @Test
    void objectArrayIsRefusedAsPickledDataNotAsStructured() throws Exception {
        // What numpy.save writes for np.array([{}], dtype=object): a pickle after an 'O' header.
        String dict = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }";
        String padded = dict + " ".repeat(128 - 10 - dict.length() - 1) + "\n";
        byte[] head = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) padded.length(), 0};
        Path p = tmp.resolve("objects.npy");
        Files.write(p, concat(head, padded.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), new byte[]{(byte) 0x80, 4, 'N', '.'}));

        assertThatThrownBy(() -> Npy.readFlows(p)).isInstanceOf(ImageReadException.class)
                .hasMessageContaining("Python objects").hasMessageContaining("never unpickles")
                .hasMessageNotContaining("structured");
    }

    @Test
    void fifoIsNamedAsNotARegularFile() throws Exception {
        Path fifo = tmp.resolve("flows.npy");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available here: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed on this file system");

        assertThatThrownBy(() -> Npy.readFlows(fifo)).isInstanceOf(ImageReadException.class)
                .hasMessageContaining("not a regular file").hasMessageNotContaining("empty file");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void intsRoundTrip() throws Exception {
        Path p = tmp.resolve("ints.npy");
        int[] data = {Integer.MIN_VALUE, -1, 0, 1, 70000, Integer.MAX_VALUE};
        Npy.writeInts(p, new int[]{6}, data);
        assertThat(Npy.readInts(p).data()).containsExactly(data);
        assertThat(Npy.header(p).shapeText()).isEqualTo("(6,)");
    }

    @Test
    void refusesFlowsOfWrongShapeNamingFileAndShape() throws Exception {
        Path p = tmp.resolve("two.npy");
        Npy.writeFloats(p, new int[]{2, 4, 4}, new float[32]);
        assertThatThrownBy(() -> Npy.readFlows(p)).isInstanceOf(ImageReadException.class)
                .hasMessageContaining(p.toString()).hasMessageContaining("(3, H, W)").hasMessageContaining("(2, 4, 4)");
    }

    @Test
    void refusesFlowsOfIntegerType() throws Exception {
        Path p = tmp.resolve("int.npy");
        Npy.writeInts(p, new int[]{3, 2, 2}, new int[12]);
        assertThatThrownBy(() -> Npy.readFlows(p)).isInstanceOf(ImageReadException.class)
                .hasMessageContaining(p.toString()).hasMessageContaining("int32");
    }

    @Test
    void refusesTruncatedData() throws Exception {
        Path p = tmp.resolve("cut.npy");
        Npy.writeFloats(p, new int[]{3, 10, 10}, new float[300]);
        byte[] all = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(all, all.length - 5));
        assertThatThrownBy(() -> Npy.readFlows(p)).isInstanceOf(ImageReadException.class)
                .hasMessageContaining(p.toString()).hasMessageContaining("truncated");
    }

    @Test
    void refusesFilesThatAreNotNpyOrMissing() throws IOException {
        Path text = Files.writeString(tmp.resolve("x.npy"), "hello world, not numpy");
        assertThatThrownBy(() -> Npy.readFloats(text)).isInstanceOf(ImageReadException.class)
                .hasMessageContaining("not a NumPy .npy file");
        Path missing = tmp.resolve("missing.npy");
        assertThatThrownBy(() -> Npy.readFloats(missing)).isInstanceOf(ImageReadException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("not found");
    }

    @Test
    void refusesHugeDeclaredShapeBeforeAllocating() throws IOException {
        Path p = tmp.resolve("huge.npy");
        byte[] header = NpyWriter.headerBytes("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 100000, 100000), }");
        Files.write(p, header);
        assertThatThrownBy(() -> Npy.readFlows(p)).isInstanceOf(ImageReadException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void refusesFloatArrayWhenIntegersExpected() {
        assertThatThrownBy(() -> Npy.readInts(fixture("f4_le.npy"))).isInstanceOf(ImageReadException.class)
                .hasMessageContaining("integer");
    }
}
