package io.granula.core.image;

import io.granula.core.image.tiff.TiffWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every bad file is refused with an ImageReadException naming the file and the problem, before any large allocation. */
class ImageReadErrorsTest {
    @TempDir
    Path tmp;

    private void assertRefused(Path p, String problem) {
        assertThatThrownBy(() -> ImageReaders.read(p)).isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(p.toString()).hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void missingFile() {
        assertRefused(tmp.resolve("nope.tif"), "file not found");
    }

    @Test
    void folderAndEmptyFile() throws Exception {
        assertRefused(tmp, "is a folder");
        assertRefused(Files.createFile(tmp.resolve("empty.png")), "empty file");
    }

    @Test
    void textFileIsNotAnImage() throws Exception {
        Path p = Files.writeString(tmp.resolve("notes.tif"), "particle counts, not pixels\n");
        assertRefused(p, "not an image");
    }

    @Test
    void truncatedTiffPixelData() throws Exception {
        Path p = tmp.resolve("cut.tif");
        TiffWriter.writeGray(p, 64, 64, TiffWriter.SampleKind.UINT16, null, (y, row) -> {
            for (int x = 0; x < 64; x++) {
                row.putShort((short) x);
            }
        });
        byte[] all = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(all, all.length - 1000));
        assertRefused(p, "truncated");
    }

    @Test
    void truncatedTiffDirectory() throws Exception {
        Path p = tmp.resolve("head.tif");
        TiffWriter.writeGray(p, 8, 8, TiffWriter.SampleKind.UINT8, null, (y, row) -> row.put(new byte[8]));
        byte[] all = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(all, 30)); // header and the first entries only
        assertRefused(p, "truncated");
    }

    @Test
    void corruptTiffDirectoryOffset() throws Exception {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(1_000_000);
        Path p = Files.write(tmp.resolve("bad.tif"), b.array());
        assertRefused(p, "beyond the end of the file");
    }

    @Test
    void corruptCompressedTiffData() throws Exception {
        Path p = tmp.resolve("lzw.tif");
        TestImageFiles.writeTiff(TestImageFiles.gray16(40, 40), p, "Deflate", Map.of());
        byte[] all = Files.readAllBytes(p);
        int strip = (int) io.granula.core.image.tiff.TiffTagReader.read(p).directories().get(0)
                .longs(io.granula.core.image.tiff.TiffTags.STRIP_OFFSETS)[0];
        for (int i = strip; i < strip + 40; i++) {  // scramble the zlib stream
            all[i] = (byte) (i * 37);
        }
        Files.write(p, all);
        assertRefused(p, "cannot decode");
    }

    @Test
    void absurdTiffSizeIsRefusedBeforeAllocating() throws Exception {
        Path huge = Files.write(tmp.resolve("huge.tif"), craftedTiff(100_000, 100_000, 1));
        assertRefused(huge, "more than the 2^31");
        // 40000 x 40000 Deflate-compressed fits an array but not the test JVM's 3 GiB heap
        Path big = Files.write(tmp.resolve("big.tif"), craftedTiff(40_000, 40_000, 8));
        assertRefused(big, "MiB of Java heap is free");
    }

    @Test
    void truncatedPng() throws Exception {
        Path p = tmp.resolve("cut.png");
        TestImageFiles.write(TestImageFiles.gray16(60, 60), "png", p);
        byte[] all = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(all, all.length / 2));
        assertRefused(p, "truncated");
    }

    @Test
    void truncatedJpeg() throws Exception {
        Path p = tmp.resolve("cut.jpg");
        TestImageFiles.write(TestImageFiles.rgb(64, 64), "jpg", p);
        byte[] all = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(all, all.length / 2));
        assertRefused(p, "truncated");
    }

    @Test
    void absurdPngSizeIsRefusedBeforeAllocating() throws Exception {
        assertRefused(Files.write(tmp.resolve("huge.png"), craftedPng(60_000, 60_000)), "more than the 2^31");
        assertRefused(Files.write(tmp.resolve("big.png"), craftedPng(40_000, 40_000)), "MiB of Java heap is free");
    }

    /** A one-strip 8-bit grey TIFF header declaring the given size, with a tiny strip inside the file. */
    private static byte[] craftedTiff(int width, int height, int compression) {
        ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int[][] entries = {{256, 4, width}, {257, 4, height}, {258, 3, 8}, {259, 3, compression}, {262, 3, 1},
                {273, 4, 150}, {277, 3, 1}, {278, 4, height}, {279, 4, 10}};
        b.putShort((short) entries.length);
        for (int[] e : entries) {
            b.putShort((short) e[0]).putShort((short) e[1]).putInt(1);
            if (e[1] == 3) {
                b.putShort((short) e[2]).putShort((short) 0);
            } else {
                b.putInt(e[2]);
            }
        }
        b.putInt(0);
        return b.array();
    }

    /** PNG signature, a valid IHDR chunk (8-bit grey) declaring the size, an empty IDAT and IEND. */
    private static byte[] craftedPng(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 24).order(ByteOrder.BIG_ENDIAN);
        b.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        b.putInt(13);
        int crcFrom = b.position();
        b.put(new byte[]{'I', 'H', 'D', 'R'}).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(b.array(), crcFrom, 17);
        b.putInt((int) crc.getValue());
        for (String type : new String[]{"IDAT", "IEND"}) {
            CRC32 c = new CRC32();
            c.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            b.putInt(0).put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) c.getValue());
        }
        return b.array();
    }
}
