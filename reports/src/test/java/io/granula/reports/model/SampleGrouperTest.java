package io.granula.reports.model;

import io.granula.reports.model.SampleGrouper.ImageRef;
import io.granula.reports.settings.SampleSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SampleGrouperTest {
    private final ImageRef a1 = new ImageRef("a_01", Path.of("/data/lotA/a_01.tif"));
    private final ImageRef a2 = new ImageRef("a_02", Path.of("/data/lotA/a_02.tif"));
    private final ImageRef b1 = new ImageRef("b_01", Path.of("/data/lotB/b_01.tif"));
    private final ImageRef x = new ImageRef("x", null);

    @Test
    void withoutSpecsEachSourceFolderIsASample() {
        Map<String, List<ImageRef>> g = SampleGrouper.group(List.of(a1, b1, a2, x), List.of(), "results");
        assertThat(g.keySet()).containsExactly("lotA", "lotB", "results");
        assertThat(g.get("lotA")).containsExactly(a1, a2);
        assertThat(g.get("results")).containsExactly(x);
    }

    @Test
    void specsMatchNamesOrSourceFilesAndTheRestIsUnassigned() {
        Map<String, List<ImageRef>> g = SampleGrouper.group(List.of(a1, b1, a2, x),
                List.of(new SampleSpec("B", "b_*.tif"), new SampleSpec("A", "a_*")), "results");
        assertThat(g.keySet()).containsExactly("B", "A", SampleGrouper.UNASSIGNED);
        assertThat(g.get("A")).containsExactly(a1, a2);
        assertThat(g.get("B")).containsExactly(b1);
        assertThat(g.get(SampleGrouper.UNASSIGNED)).containsExactly(x);
    }

    @Test
    void aSpecMatchingNothingLeavesNoEmptySample() {
        Map<String, List<ImageRef>> g = SampleGrouper.group(List.of(a1), List.of(new SampleSpec("Z", "z*"),
                new SampleSpec("A", "a*")), "r");
        assertThat(g.keySet()).containsExactly("A");
    }
}
