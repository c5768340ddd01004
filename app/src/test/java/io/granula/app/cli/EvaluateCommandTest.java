package io.granula.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.granula.app.Granula;
import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTest extends ConsoleCapture {
    @TempDir
    Path tmp;


    /** Two 4x4 squares; {@code shift} moves the second one right by that many columns. */
    private static LabelImage squares(int shift) {
        int w = 16, h = 8;
        int[] v = new int[w * h];
        for (int y = 2; y < 6; y++) {
            for (int x = 1; x < 5; x++) {
                v[y * w + x] = 3;
                v[y * w + x + 7 + shift] = 9;
            }
        }
        return new LabelImage(w, h, v);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(stdout());
    }

    @Test
    void singleFilesPrintPerImageAndAggregateJson() throws Exception {
        Path gt = tmp.resolve("gt.tif"), pred = tmp.resolve("pred.tif");
        LabelTiff.write(squares(0), gt);
        LabelTiff.write(squares(1), pred); // second square: IoU 12/20 = 0.6
        int code = Granula.run("evaluate", "--pred", pred.toString(), "--gt", gt.toString());
        assertThat(code).isEqualTo(0);
        JsonNode j = json();
        assertThat(j.get("thresholds").toString()).isEqualTo("[0.5,0.75,0.9]");
        JsonNode m50 = j.get("aggregate").get("metrics").get(0);
        assertThat(m50.get("tp").asInt()).isEqualTo(2);
        assertThat(m50.get("ap").asDouble()).isEqualTo(1.0);
        assertThat(m50.get("mean_matched_iou").asDouble()).isEqualTo((1.0 + 0.6) / 2);
        JsonNode m75 = j.get("images").get(0).get("metrics").get(1);
        assertThat(m75.get("tp").asInt()).isEqualTo(1);
        assertThat(m75.get("ap").asDouble()).isEqualTo(1.0 / 3);
        assertThat(m75.get("pq").asDouble()).isEqualTo(1.0 / 2);
        assertThat(j.get("failures")).isEmpty();
    }

    @Test
    void foldersPairByStemAndNameWhatCouldNotBeEvaluated() throws Exception {
        Path predDir = Files.createDirectory(tmp.resolve("pred")), gtDir = Files.createDirectory(tmp.resolve("gt"));
        LabelTiff.write(squares(0), gtDir.resolve("a.tif"));
        LabelTiff.write(squares(0), predDir.resolve("a.tif"));
        LabelTiff.write(squares(0), gtDir.resolve("b_labels.tif"));
        ImageIO.write(asPng16(squares(2)), "png", predDir.resolve("b_cp_masks.png").toFile());
        LabelTiff.write(squares(0), predDir.resolve("c.tif")); // no ground truth
        Files.writeString(gtDir.resolve("d.tif"), "not a tiff"); // unreadable, and no prediction either
        Files.createDirectory(predDir.resolve("d"));
        LabelTiff.write(squares(0), predDir.resolve("d").resolve("labels.tif")); // analyze --out layout

        int code = Granula.run("evaluate", "--pred", predDir.toString(), "--gt", gtDir.toString(), "--thresholds", "0.5");
        assertThat(code).isEqualTo(1);
        JsonNode j = json();
        assertThat(j.get("images")).hasSize(2);
        assertThat(j.get("images").get(1).get("name").asText()).isEqualTo("b_cp_masks");
        assertThat(j.get("aggregate").get("metrics").get(0).get("tp").asInt()).isEqualTo(3); // b's shifted square: IoU 8/24
        assertThat(j.get("failures")).hasSize(2);
        String stderr = stderr();
        assertThat(stderr).contains("c.tif: no ground truth with this stem").contains("d.tif: not an image")
                .doesNotContain("Exception");
    }

    @Test
    void missingInputIsBadUsage() {
        int code = Granula.run("evaluate", "--pred", tmp.resolve("none").toString(), "--gt", tmp.toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("--pred: no such file or folder");
    }

    @Test
    void thresholdOutsideUnitIntervalIsBadUsage() throws Exception {
        Path gt = tmp.resolve("gt.tif");
        LabelTiff.write(squares(0), gt);
        assertThat(Granula.run("evaluate", "--pred", gt.toString(), "--gt", gt.toString(), "--thresholds", "0.5,1.5"))
                .isEqualTo(2);
    }

    @Test
    void differentSizesAreAFailureNotACrash() throws Exception {
        Path gt = tmp.resolve("gt.tif"), pred = tmp.resolve("pred.tif");
        LabelTiff.write(squares(0), gt);
        LabelTiff.write(new LabelImage(3, 3, new int[9]), pred);
        assertThat(Granula.run("evaluate", "--pred", pred.toString(), "--gt", gt.toString())).isEqualTo(1);
        assertThat(stderr()).contains("prediction is 3x3").doesNotContain("Exception");
    }

    @Test
    void manifestsBreakRecallDownByWhatTheGeneratorDrew() throws Exception {
        Path set = tmp.resolve("set");
        assertThat(Granula.run("synth", "--out", set.toString(), "--n", "2", "--seed", "4", "--size", "96",
                "--max-diameter", "30", "--quiet")).isZero();
        clearStdout();
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        for (String stem : new String[] {"synth_00000", "synth_00001"}) {
            LabelTiff.write(new LabelImage(96, 96, new int[96 * 96]), empty.resolve(stem + ".tif"));
        }
        int labels = 0;
        for (String stem : new String[] {"synth_00000", "synth_00001"}) {
            labels += LabelTiff.read(set.resolve("labels/" + stem + ".tif")).objectCount();
        }

        assertThat(Granula.run("evaluate", "--pred", set.resolve("labels").toString(), "--gt",
                set.resolve("labels").toString(), "--manifests", set.resolve("meta").toString())).isZero();
        JsonNode perfect = new ObjectMapper().readTree(stdout()).get("recall_by");
        clearStdout();
        assertThat(Granula.run("evaluate", "--pred", empty.toString(), "--gt", set.resolve("labels").toString(),
                "--manifests", set.resolve("meta").toString())).isZero();
        JsonNode none = new ObjectMapper().readTree(stdout()).get("recall_by");

        assertThat(perfect.get("images").asInt()).isEqualTo(2);
        long total = 0;
        for (String group : new String[] {"kind", "arrangement", "ecd_px"}) {
            long sum = 0;
            for (JsonNode r : perfect.get(group)) {
                sum += r.get("total").asLong();
                if (r.get("total").asLong() > 0) {
                    assertThat(r.get("recall").asDouble()).as(group).isEqualTo(1.0);
                }
            }
            assertThat(sum).as("every ground-truth particle once per grouping").isEqualTo(labels);
            total += sum;
        }
        assertThat(total).isEqualTo(3L * labels);
        perfect.get("kind").fieldNames().forEachRemaining(k ->
                assertThat(k).isIn("disc", "ellipse", "polygon", "rod", "wire", "blob"));
        none.get("kind").forEach(r -> assertThat(r.get("found").asLong()).isZero());
    }

    private static BufferedImage asPng16(LabelImage l) {
        BufferedImage img = new BufferedImage(l.width(), l.height(), BufferedImage.TYPE_USHORT_GRAY);
        img.getRaster().setSamples(0, 0, l.width(), l.height(), 0, l.labels());
        return img;
    }
}
