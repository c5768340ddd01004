package io.granula.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StemPairingTest {
    @TempDir
    Path tmp;

    private Path touch(Path p) throws Exception {
        Files.createDirectories(p.getParent());
        return Files.write(p, new byte[]{1});
    }

    @Test
    void twoFilesPairWhateverTheirNames() throws Exception {
        Path a = touch(tmp.resolve("x.tif")), b = touch(tmp.resolve("y.png"));
        StemPairing.Result r = StemPairing.pair(a, b);
        assertThat(r.pairs()).containsExactly(new StemPairing.Pair("x", a, b));
    }

    @Test
    void foldersPairByStemIgnoringMaskSuffixesAndReportLeftovers() throws Exception {
        Path p = tmp.resolve("pred"), g = tmp.resolve("gt");
        Path p1 = touch(p.resolve("img1_cp_masks.png")), g1 = touch(g.resolve("img1.tif"));
        Path p2 = touch(p.resolve("img2").resolve("labels.tif")), g2 = touch(g.resolve("img2_labels.tif"));
        Path p3 = touch(p.resolve("img3.tif"));
        Path g4 = touch(g.resolve("img4.tif"));
        touch(g.resolve("notes.txt"));
        StemPairing.Result r = StemPairing.pair(p, g);
        assertThat(r.pairs()).containsExactlyInAnyOrder(new StemPairing.Pair("img1_cp_masks", p1, g1),
                new StemPairing.Pair("img2", p2, g2));
        assertThat(r.unmatchedFirst()).containsExactly(p3);
        assertThat(r.unmatchedSecond()).containsExactly(g4);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void fileAgainstFolderFindsItsStem() throws Exception {
        Path pred = touch(tmp.resolve("a").resolve("cells.tif"));
        Path g = tmp.resolve("gt");
        Path match = touch(g.resolve("cells_masks.tif"));
        touch(g.resolve("other.tif"));
        StemPairing.Result r = StemPairing.pair(pred, g);
        assertThat(r.pairs()).containsExactly(new StemPairing.Pair("cells", pred, match));
        assertThat(r.unmatchedSecond()).hasSize(1);
    }

    @Test
    void clashingStemsInOneFolderAreReported() throws Exception {
        Path g = tmp.resolve("gt");
        touch(g.resolve("a.tif"));
        touch(g.resolve("a_masks.png"));
        touch(tmp.resolve("p").resolve("a.tif"));
        StemPairing.Result r = StemPairing.pair(tmp.resolve("p"), g);
        assertThat(r.pairs()).hasSize(1);
        assertThat(r.problems()).singleElement().asString().contains("have stem 'a'");
    }
}
