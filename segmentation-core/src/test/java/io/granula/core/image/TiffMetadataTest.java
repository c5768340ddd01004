package io.granula.core.image;

import io.granula.core.image.tiff.TiffDirectory;
import io.granula.core.image.tiff.TiffTagReader;
import io.granula.core.image.tiff.TiffTags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** TiffTagReader's raw values and ImageMetadata's text view of them, on files from an independent writer. */
class TiffMetadataTest {
    @TempDir
    Path tmp;

    private static TIFFField field(int number, int type, int count, Object data) {
        return new TIFFField(new TIFFTag("t" + number, number, 1 << type), type, count, data);
    }

    @Test
    void readsPrivateTagsOfEveryTypeAsDocumented() throws Exception {
        byte[] zeiss = "AP_WD\r\nPixel Size = 7.344 nm\r\nMag = 2.00 K X\r\nunit \u00b5m\0".getBytes(StandardCharsets.ISO_8859_1);
        List<TIFFField> fields = List.of(
                field(TiffTags.ZEISS_CZ_SEM, TIFFTag.TIFF_BYTE, zeiss.length, zeiss),
                field(TiffTags.FEI_SFEG, TIFFTag.TIFF_ASCII, 1, new String[]{"[Scan]\r\nPixelWidth=1.5e-09\r\n"}),
                field(40001, TIFFTag.TIFF_RATIONAL, 2, new long[][]{{1, 3}, {7, 2}}),
                field(40002, TIFFTag.TIFF_SSHORT, 2, new short[]{-5, 300}),
                field(40003, TIFFTag.TIFF_DOUBLE, 1, new double[]{2.5e-9}),
                field(40004, TIFFTag.TIFF_FLOAT, 1, new float[]{0.25f}),
                field(40005, TIFFTag.TIFF_LONG, 1, new long[]{4_000_000_000L}));
        Path p = tmp.resolve("tags.tif");
        TestImageFiles.writeTiff(new BufferedImage(5, 4, BufferedImage.TYPE_BYTE_GRAY), p, null, fields);

        TiffDirectory d = TiffTagReader.read(p).directories().get(0);
        assertThat(d.width()).isEqualTo(5);
        assertThat(d.tags().get(TiffTags.ZEISS_CZ_SEM)).isEqualTo(zeiss);
        assertThat(d.string(TiffTags.FEI_SFEG)).contains("[Scan]\r\nPixelWidth=1.5e-09\r\n");
        assertThat((double[]) d.tags().get(40001)).containsExactly(1.0 / 3, 3.5);
        assertThat(d.longs(40002)).containsExactly(-5, 300);
        assertThat((double[]) d.tags().get(40003)).containsExactly(2.5e-9);
        assertThat((double[]) d.tags().get(40004)).containsExactly(0.25);
        assertThat(d.longs(40005)).containsExactly(4_000_000_000L);

        ImageMetadata m = ImageReaders.read(p).metadata();
        // BYTE-typed CZ_SEM in Latin-1 decodes with its micro sign and without the NUL
        assertThat(m.tagText(TiffTags.ZEISS_CZ_SEM)).contains("AP_WD\r\nPixel Size = 7.344 nm\r\nMag = 2.00 K X\r\nunit \u00b5m");
        assertThat(m.tagText(TiffTags.FEI_SFEG)).hasValueSatisfying(t -> assertThat(t).contains("PixelWidth=1.5e-09"));
        assertThat(m.tagText(40005)).isEmpty();
    }
}
