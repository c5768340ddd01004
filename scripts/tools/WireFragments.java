import io.granula.core.io.LabelTiff;
import io.granula.core.label.LabelImage;
import java.nio.file.*;
import java.util.*;

/**
 * Per ground-truth object: its length (bounding-box diagonal), how many predicted masks lie in it (each
 * with at least half of its pixels inside it: its fragments) and the fraction of it they cover.
 * Usage: java -cp segmentation-core.jar WireFragments.java GT_LABELS_DIR RESULTS_DIR
 */
public class WireFragments {
    public static void main(String[] a) throws Exception {
        Path gtDir = Path.of(a[0]), predDir = Path.of(a[1]);
        List<String> rows = new ArrayList<>();
        try (var s = Files.list(gtDir)) {
            for (Path gt : s.sorted().toList()) {
                String stem = gt.getFileName().toString().replaceAll("\\.tif+$", "");
                Path pred = predDir.resolve(stem).resolve("labels.tif");
                if (!Files.exists(pred)) continue;
                LabelImage g = LabelTiff.read(gt), p = LabelTiff.read(pred);
                int n = g.width() * g.height();
                Map<Integer, Integer> predArea = new HashMap<>();
                Map<Long, Integer> inter = new HashMap<>();
                Map<Integer, int[]> box = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    int gl = g.labels()[i], pl = p.labels()[i];
                    if (pl > 0) predArea.merge(pl, 1, Integer::sum);
                    if (gl > 0) {
                        int x = i % g.width(), y = i / g.width();
                        int[] b = box.computeIfAbsent(gl, k -> new int[]{x, y, x, y});
                        b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y); b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y);
                        if (pl > 0) inter.merge(((long) gl << 32) | pl, 1, Integer::sum);
                    }
                }
                Map<Integer, Integer> frags = new TreeMap<>();
                Map<Integer, Integer> covered = new HashMap<>();
                Map<Integer, Integer> gtArea = new HashMap<>();
                for (int i = 0; i < n; i++) if (g.labels()[i] > 0) gtArea.merge(g.labels()[i], 1, Integer::sum);
                for (var e : inter.entrySet()) {
                    int gl = (int) (e.getKey() >> 32), pl = (int) (long) e.getKey();
                    if (e.getValue() >= 0.5 * predArea.get(pl)) { frags.merge(gl, 1, Integer::sum); covered.merge(gl, e.getValue(), Integer::sum); }
                }
                for (var e : box.entrySet()) {
                    int[] b = e.getValue();
                    double len = Math.hypot(b[2] - b[0] + 1, b[3] - b[1] + 1);
                    rows.add(String.format(Locale.ROOT, "%s %d len=%.0f fragments=%d covered=%.2f", stem, e.getKey(), len, frags.getOrDefault(e.getKey(), 0), covered.getOrDefault(e.getKey(), 0) / (double) gtArea.get(e.getKey())));
                }
            }
        }
        rows.forEach(System.out::println);
    }
}
