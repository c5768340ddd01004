package io.granula.core.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReaders;
import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDatasetWriterTest {
    @TempDir
    Path dir;

    @Test
    void writtenImageLabelsAndManifestReadBackExactly() throws Exception {
        SyntheticDatasetWriter writer = new SyntheticDatasetWriter(dir);
        for (SynthStyle style : List.of(SynthStyle.SEM, SynthStyle.HAADF)) {
            SyntheticImage img = new SyntheticMicrographs(SynthConfig.builder().size(96).diameters(6, 20).style(style)
                    .stripHeight(10).build(), 4).generate(style.ordinal());
            writer.write(img);
            String stem = SyntheticDatasetWriter.stem(img.index());

            Image2D back = ImageReaders.read(dir.resolve("images").resolve(stem + ".tif")).firstPage();
            assertThat(back.pixelType()).isEqualTo(img.image().pixelType());
            assertThat(back.plane(0)).isEqualTo(img.image().plane(0));
            LabelImage labels = LabelTiff.read(dir.resolve("labels").resolve(stem + ".tif"));
            assertThat(labels.labels()).isEqualTo(img.labels().labels());

            JsonNode m = new ObjectMapper().readTree(dir.resolve("meta").resolve(stem + ".json").toFile());
            assertThat(m.get("style").asText()).isEqualTo(style.id());
            assertThat(m.get("strip_height").asInt()).isEqualTo(10);
            assertThat(m.get("particle_count").asInt()).isEqualTo(labels.objectCount());
            JsonNode first = m.get("particles").get(0);
            Particle p = img.particles().get(0);
            assertThat(first.get("id").asInt()).isEqualTo(p.id());
            assertThat(first.get("kind").asText()).isEqualTo(p.shape().kind().name().toLowerCase());
            assertThat(first.get("cx").asDouble()).isCloseTo(p.shape().centreX(), org.assertj.core.api.Assertions.within(1e-3));
            assertThat(first.get("visible_area").asInt()).isEqualTo(p.visibleArea());
        }
    }
}
