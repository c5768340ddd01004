package io.granula.core.annotate;

import io.granula.core.image.Image2D;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotationDetectorsTest {
    private final EdgeStripDetector strips = new EdgeStripDetector();

    @Test
    void realMicrographsWithoutAnnotationHaveNoneFound() {
        Assumptions.assumeTrue(RealMicrographs.present(), "no real micrographs at " + RealMicrographs.root());
        List<String> found = new ArrayList<>();
        for (Path p : RealMicrographs.all()) {
            Image2D img = RealMicrographs.read(p);
            strips.find(img).forEach(a -> found.add(p.getFileName() + ": " + a));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void dataStripUnderARealMicrographIsFoundExactly() {
        Assumptions.assumeTrue(RealMicrographs.present(), "no real micrographs at " + RealMicrographs.root());
        Image2D sem = RealMicrographs.read(RealMicrographs.root().resolve("sem-powder/images/Sc2Tile_010-006-000_0-000.png"));
        Image2D withStrip = RealMicrographs.withDataStrip(sem, 60);
        assertThat(strips.find(withStrip)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AnnotationArea.Kind.DATA_STRIP);
            assertThat(List.of(a.x0(), a.y0(), a.x1(), a.y1())).containsExactly(0, sem.height(), sem.width(), sem.height() + 60);
        });
    }
}
