package io.granula.scalebar.bench;

import io.granula.scalebar.ScaleBarReader;
import io.granula.scalebar.ScaleBarResult;
import io.granula.scalebar.ScaleLabel;
import io.granula.scalebar.synth.InstrumentStyle;
import io.granula.scalebar.synth.ScaleBarImageGenerator;
import io.granula.scalebar.synth.ScaleBarTruth;
import io.granula.scalebar.synth.SyntheticScaleBarImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the reader over generated images and scores it against their truth: value and unit
 * correct, bar-length absolute error, false scale bars on images without one. Shared by the
 * accuracy test and the command-line evaluation.
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
        public int falseBars;
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
                    "value+unit correct %d/%d (%.2f%%), found %d, bar length MAE %.3f px (max %.3f, n=%d), false bars %d/%d",
                    valueUnitCorrect, withBar, 100 * valueUnitAccuracy(), found, meanAbsLengthError(), maxAbsLengthError,
                    lengthMeasured, falseBars, withoutBar));
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
                s.falseBars++;
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

    /** Command-line evaluation: {@code seed perStyle withoutBar minWidth maxWidth [dumpDir]}. */
    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int perStyle = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int without = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int minW = args.length > 3 ? Integer.parseInt(args[3]) : 512;
        int maxW = args.length > 4 ? Integer.parseInt(args[4]) : 1024;
        Path dump = args.length > 5 ? Path.of(args[5]) : null;
        try (ScaleBarReader reader = ScaleBarReader.open()) {
            reader.ocrProblem().ifPresent(System.err::println);
            long t0 = System.nanoTime();
            Scores s = run(reader, seed, perStyle, without, minW, maxW, dump);
            double secs = (System.nanoTime() - t0) / 1e9;
            s.failures().forEach(System.out::println);
            System.out.println(s.summary());
            System.out.printf(Locale.ROOT, "%.1f s for %d images%n", secs, s.withBar + s.withoutBar);
        }
    }
}
