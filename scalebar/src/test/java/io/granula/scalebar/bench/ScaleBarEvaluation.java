package io.granula.scalebar.bench;

import io.granula.scalebar.ScaleBarReader;
import io.granula.scalebar.ScaleBarResult;
import io.granula.scalebar.ScaleLabel;
import io.granula.scalebar.synth.InstrumentStyle;
import io.granula.scalebar.synth.ScaleBarImageGenerator;
import io.granula.scalebar.synth.ScaleBarTruth;
import io.granula.scalebar.synth.SyntheticScaleBarImage;
import io.granula.scalebar.text.TesseractSimd;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the reader over generated images and scores it against their truth: value and unit
 * correct, bar-length absolute error, false scale bars on images without one. A benchmark
 * ({@code scripts/bench.sh scalebar-accuracy}), not a test: which hard labels Tesseract reads
 * depends on the processor's code path (issue 13).
 */
public final class ScaleBarEvaluation {

    /** Scores of one run. */
    public static final class Scores {
        public int withBar;
        public int valueUnitCorrect;
        public int found;
        public double sumAbsLengthError;
        public double maxAbsLengthError;
        public int lengthMeasured;
        public int withoutBar;
        /** Images without a bar on which a bar was found and a value read: a wrong calibration. */
        public int falseBars;
        /** Images without a bar on which a bar was reported with its label not read: a needless warning. */
        public int falseUnreadBars;
        public final Map<InstrumentStyle, int[]> perStyle = new EnumMap<>(InstrumentStyle.class);
        private final List<String> failures = new ArrayList<>();

        public List<String> failures() {
            return failures;
        }

        public double valueUnitAccuracy() {
            return withBar == 0 ? Double.NaN : valueUnitCorrect / (double) withBar;
        }

        public double meanAbsLengthError() {
            return lengthMeasured == 0 ? Double.NaN : sumAbsLengthError / lengthMeasured;
        }

        public double falseBarRate() {
            return withoutBar == 0 ? Double.NaN : falseBars / (double) withoutBar;
        }

        public String summary() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "value+unit correct %d/%d (%.2f%%), found %d, bar length MAE %.3f px (max %.3f, n=%d), false bars %d/%d"
                            + " (and %d reported with the label not read)",
                    valueUnitCorrect, withBar, 100 * valueUnitAccuracy(), found, meanAbsLengthError(), maxAbsLengthError,
                    lengthMeasured, falseBars, withoutBar, falseUnreadBars));
            perStyle.forEach((s, c) -> sb.append(String.format(Locale.ROOT, "%n  %-8s %d/%d", s, c[0], c[1])));
            return sb.toString();
        }
    }

    private ScaleBarEvaluation() {
    }

    /**
     * @param dumpDir where to write failing images as PNG, or null
     */
    public static Scores run(ScaleBarReader reader, long seed, int withBarPerStyle, int withoutBar,
                             int minWidth, int maxWidth, Path dumpDir) throws IOException {
        Scores s = new Scores();
        ScaleBarImageGenerator gen = new ScaleBarImageGenerator(seed, minWidth, maxWidth);
        InstrumentStyle[] styles = InstrumentStyle.values();
        for (int i = 0; i < withBarPerStyle; i++) {
            for (InstrumentStyle style : styles) {
                SyntheticScaleBarImage img = gen.withBar(style);
                ScaleBarTruth truth = img.truth().orElseThrow();
                ScaleBarResult r = reader.read(img.image());
                s.withBar++;
                int[] perStyle = s.perStyle.computeIfAbsent(style, k -> new int[2]);
                perStyle[1]++;
                boolean correct = r.label().map(l -> matches(l, truth)).orElse(false);
                if (correct) {
                    s.valueUnitCorrect++;
                    perStyle[0]++;
                }
                if (r.found()) {
                    s.found++;
                }
                double err = Double.NaN;
                if (r.bar().isPresent() && overlaps(r, truth)) {
                    err = Math.abs(r.barLengthPx() - truth.lengthPx());
                    s.sumAbsLengthError += err;
                    s.maxAbsLengthError = Math.max(s.maxAbsLengthError, err);
                    s.lengthMeasured++;
                }
                if (!correct || !(err <= 0.5)) {
                    String name = String.format(Locale.ROOT, "%s-%03d", style, i);
                    s.failures.add(String.format(Locale.ROOT, "%s %dx%d truth '%s' (%.0f px high) %.2f px %s | read %s raw '%s' len %.2f err %.3f",
                            name, img.image().width(), img.image().height(), truth.labelText(), truth.labelBox().getHeight(),
                            truth.lengthPx(), truth.shape(),
                            r.label().map(Object::toString).orElse("-"), r.rawText(), r.barLengthPx(), err));
                    dump(dumpDir, name, img);
                }
            }
        }
        for (int i = 0; i < withoutBar; i++) {
            InstrumentStyle style = styles[i % styles.length];
            SyntheticScaleBarImage img = gen.withoutBar(style);
            ScaleBarResult r = reader.read(img.image());
            s.withoutBar++;
            if (r.found()) {
                if (r.label().isPresent()) {
                    s.falseBars++;
                } else {
                    s.falseUnreadBars++;
                }
                String name = String.format(Locale.ROOT, "nobar-%s-%03d", style, i);
                s.failures.add(name + " false bar " + r.label().map(Object::toString).orElse("-") + " raw '" + r.rawText() + "'");
                dump(dumpDir, name, img);
            }
        }
        return s;
    }

    static boolean matches(ScaleLabel read, ScaleBarTruth truth) {
        return read.unit().equals(truth.unit()) && Math.abs(read.value() - truth.value()) <= 1e-9 * Math.max(1, truth.value());
    }

    /** The bar measured is the true one (not some other line): their spans overlap. */
    private static boolean overlaps(ScaleBarResult r, ScaleBarTruth t) {
        var b = r.bar().orElseThrow();
        return b.x0() < t.x1() && t.x0() < b.x1() && b.y0() <= t.y1() + 1 && t.y0() <= b.y1() + 1;
    }

    private static void dump(Path dir, String name, SyntheticScaleBarImage img) throws IOException {
        if (dir != null) {
            Files.createDirectories(dir);
            ImageIO.write(img.rendered(), "png", dir.resolve(name + ".png").toFile());
        }
    }

    /**
     * Command-line evaluation: {@code [--dotproduct=METHOD] SEEDS [perStyle withoutBar minWidth maxWidth dumpDir]}.
     * SEEDS is a list such as {@code 11-18,2026} (the README's nine); each seed's scores are printed,
     * then the totals. {@code --dotproduct} runs Tesseract's LSTM on another of its code paths
     * ({@code generic native sse avx fma avx2}, as far as the processor has them) to see how much the
     * figures move between processors.
     */
    public static void main(String[] argv) throws Exception {
        List<String> args = new ArrayList<>(List.of(argv));
        String dotProduct = args.stream().filter(a -> a.startsWith("--dotproduct=")).map(a -> a.substring(13))
                .findFirst().orElse(null);
        args.removeIf(a -> a.startsWith("--dotproduct="));
        List<Long> seeds = seeds(args.isEmpty() ? "2026" : args.get(0));
        int perStyle = args.size() > 1 ? Integer.parseInt(args.get(1)) : 60;
        int without = args.size() > 2 ? Integer.parseInt(args.get(2)) : 50;
        int minW = args.size() > 3 ? Integer.parseInt(args.get(3)) : 512;
        int maxW = args.size() > 4 ? Integer.parseInt(args.get(4)) : 1024;
        Path dump = args.size() > 5 ? Path.of(args.get(5)) : null;
        if (dotProduct == null) {
            evaluate(seeds, perStyle, without, minW, maxW, dump);
        } else {
            System.out.println("Tesseract dot product: " + dotProduct + " (of " + TesseractSimd.methods() + ")");
            TesseractSimd.under(dotProduct, () -> evaluate(seeds, perStyle, without, minW, maxW, dump));
        }
    }

    private static Void evaluate(List<Long> seeds, int perStyle, int without, int minW, int maxW, Path dump)
            throws IOException {
        int minCorrect = Integer.MAX_VALUE;
        int maxCorrect = 0;
        double minMae = Double.POSITIVE_INFINITY;
        double maxMae = 0;
        Scores all = new Scores();
        try (ScaleBarReader reader = ScaleBarReader.open()) {
            reader.ocrProblem().ifPresent(System.err::println);
            for (long seed : seeds) {
                long t0 = System.nanoTime();
                Scores s = run(reader, seed, perStyle, without, minW, maxW, dump);
                double secs = (System.nanoTime() - t0) / 1e9;
                s.failures().forEach(System.out::println);
                System.out.println("seed " + seed + ": " + s.summary());
                System.out.printf(Locale.ROOT, "%.1f s for %d images%n", secs, s.withBar + s.withoutBar);
                minCorrect = Math.min(minCorrect, s.valueUnitCorrect);
                maxCorrect = Math.max(maxCorrect, s.valueUnitCorrect);
                minMae = Math.min(minMae, s.meanAbsLengthError());
                maxMae = Math.max(maxMae, s.meanAbsLengthError());
                all.withBar += s.withBar;
                all.valueUnitCorrect += s.valueUnitCorrect;
                all.withoutBar += s.withoutBar;
                all.falseBars += s.falseBars;
                all.falseUnreadBars += s.falseUnreadBars;
            }
        }
        if (seeds.size() > 1) {
            System.out.printf(Locale.ROOT, "all %d seeds: value+unit correct %d-%d of %d per seed, %d/%d in all (%.2f%%);"
                            + " bar length MAE %.3f-%.3f px; false bars %d/%d (and %d reported with the label not read)%n",
                    seeds.size(), minCorrect, maxCorrect, perStyle * InstrumentStyle.values().length, all.valueUnitCorrect,
                    all.withBar, 100 * all.valueUnitAccuracy(), minMae, maxMae, all.falseBars, all.withoutBar,
                    all.falseUnreadBars);
        }
        return null;
    }

    /** "11-18,2026" -> 11, 12, ..., 18, 2026. */
    static List<Long> seeds(String spec) {
        List<Long> seeds = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] range = part.trim().split("-", 2);
            long from = Long.parseLong(range[0]);
            long to = range.length > 1 ? Long.parseLong(range[1]) : from;
            for (long seed = from; seed <= to; seed++) {
                seeds.add(seed);
            }
        }
        return seeds;
    }
}
