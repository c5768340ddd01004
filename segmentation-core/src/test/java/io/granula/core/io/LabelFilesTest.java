package io.granula.core.io;

import io.granula.core.image.ImageReadException;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelFilesTest {
    @TempDir
    Path tmp;

    private static final int[] IDS = {0, 7, 7, 0, 300, 65535};

    @Test
    void readsTiffPngAndNpyLabelsAlike() throws Exception {
        Path tif = tmp.resolve("l.tif");
        LabelTiff.write(new LabelImage(3, 2, IDS), tif);
        Path png = tmp.resolve("l_cp_masks.png");
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_USHORT_GRAY);
        img.getRaster().setSamples(0, 0, 3, 2, 0, IDS);
        ImageIO.write(img, "png", png.toFile());
        Path npy = tmp.resolve("l.npy");
        Npy.writeInts(npy, new int[]{2, 3}, IDS);
        for (Path p : new Path[]{tif, png, npy}) {
            LabelImage l = LabelFiles.read(p);
            assertThat(l.width()).as(p.toString()).isEqualTo(3);
            assertThat(l.height()).isEqualTo(2);
            assertThat(l.labels()).as(p.toString()).containsExactly(IDS);
        }
    }

    @Test
    void refusesColourImagesAndNonPlanarArrays() throws Exception {
        Path rgb = tmp.resolve("rgb.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", rgb.toFile());
        assertThatThrownBy(() -> LabelFiles.read(rgb)).isInstanceOf(ImageReadException.class)
                .hasMessageContaining(rgb.toString()).hasMessageContaining("3 colour channels");
        Path cube = tmp.resolve("cube.npy");
        Npy.writeInts(cube, new int[]{2, 2, 2}, new int[8]);
        assertThatThrownBy(() -> LabelFiles.read(cube)).isInstanceOf(ImageReadException.class)
                .hasMessageContaining("2-D").hasMessageContaining("(2, 2, 2)");
    }

    @Test
    void missingFileIsNamed() {
        Path p = tmp.resolve("gone.tif");
        assertThatThrownBy(() -> LabelFiles.read(p)).isInstanceOf(ImageReadException.class)
                .hasMessage(p + ": file not found");
        assertThat(Files.exists(p)).isFalse();
    }
}
