package io.granula.scalebar.bench;

import io.granula.core.image.Image2D;
import io.granula.scalebar.ScaleBarReader;
import io.granula.scalebar.ScaleBarResult;
import io.granula.scalebar.ScaleLabel;
import io.granula.scalebar.synth.InstrumentStyle;
import io.granula.scalebar.synth.ScaleBarImageGenerator;
import io.granula.scalebar.synth.ScaleBarTruth;
import io.granula.scalebar.synth.SyntheticScaleBarImage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Time to read one 2048 x 2048 image's scale bar (detection, measurement, OCR of the label) against
 * the target of 300 ms, on generated images of every instrument style. Also printed, as a
 * baseline measured in the same run: one plain pass over the image's pixels (the floor any reader
 * pays), and the same reader without OCR (the share of detection and measurement).
 *
 * <p>Run: {@code scripts/bench.sh scalebar [IMAGES_PER_STYLE] [REPEATS]} (default 2 and 3).
 */
public final class ScaleBarBenchmark {
    private static final double TARGET_MS = 300;

    public static void main(String[] args) {
        int perStyle = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ScaleBarImageGenerator gen = ScaleBarImageGenerator.square(2048, 2048);
        List<SyntheticScaleBarImage> images = new ArrayList<>();
        List<SyntheticScaleBarImage> without = new ArrayList<>();
        for (int i = 0; i < perStyle; i++) {
            for (InstrumentStyle s : InstrumentStyle.values()) {
                images.add(gen.withBar(s));
            }
        }
        // drawn after the images with a bar, so those stay the ones measured before
        for (int i = 0; i < perStyle; i++) {
            for (InstrumentStyle s : InstrumentStyle.values()) {
                without.add(gen.withoutBar(s));
            }
        }
        try (ScaleBarReader full = ScaleBarReader.open();
             ScaleBarReader noOcr = new ScaleBarReader(Optional.empty(), Optional.of("benchmark: detection only"))) {
            full.ocrProblem().ifPresent(p -> System.out.println("warning: " + p));
            // warm-up: JIT and Tesseract's first-call set-up; the images without a bar too, whose
            // fallback passes run code the others never reach (cold, their first round took half as
            // long again and was a third of the no-bar figures)
            for (SyntheticScaleBarImage img : images) {
                full.read(img.image());
                noOcr.read(img.image());
                pixelPass(img.image());
            }
            for (SyntheticScaleBarImage img : without) {
                full.read(img.image());
            }
            double[] fullMs = new double[images.size() * repeats];
            double[] detectMs = new double[images.size() * repeats];
            double[] passMs = new double[images.size() * repeats];
            int correct = 0;
            int k = 0;
            for (int r = 0; r < repeats; r++) {
                for (SyntheticScaleBarImage img : images) {
                    long t0 = System.nanoTime();
                    double sink = pixelPass(img.image());
                    long t1 = System.nanoTime();
                    noOcr.read(img.image());
                    long t2 = System.nanoTime();
                    ScaleBarResult res = full.read(img.image());
                    long t3 = System.nanoTime();
                    passMs[k] = (t1 - t0) / 1e6 + (sink == -1 ? 1 : 0);
                    detectMs[k] = (t2 - t1) / 1e6;
                    fullMs[k] = (t3 - t2) / 1e6;
                    k++;
                    if (r == 0 && res.label().map(l -> matches(l, img.truth().orElseThrow())).orElse(false)) {
                        correct++;
                    }
                }
            }
            // images without a bar: every fallback pass runs on them (slices, local contrast, faint bars)
            double[] withoutMs = new double[without.size() * repeats];
            k = 0;
            for (int r = 0; r < repeats; r++) {
                for (SyntheticScaleBarImage img : without) {
                    long t0 = System.nanoTime();
                    full.read(img.image());
                    withoutMs[k++] = (System.nanoTime() - t0) / 1e6;
                }
            }
            double full50 = median(fullMs);
            double pass50 = median(passMs);
            System.out.printf(Locale.ROOT, "scale-bar reading, 2048x2048, %d images x %d repeats, %d threads available%n",
                    images.size(), repeats, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "  full read   median %7.1f ms  mean %7.1f  max %7.1f   = %.2f x the %.0f ms target%n",
                    full50, mean(fullMs), max(fullMs), full50 / TARGET_MS, TARGET_MS);
            System.out.printf(Locale.ROOT, "  no bar      median %7.1f ms  mean %7.1f  max %7.1f   = %.2f x the %.0f ms target%n",
                    median(withoutMs), mean(withoutMs), max(withoutMs), median(withoutMs) / TARGET_MS, TARGET_MS);
            System.out.printf(Locale.ROOT, "  no OCR      median %7.1f ms                          = %.2f x the full read%n",
                    median(detectMs), median(detectMs) / full50);
            System.out.printf(Locale.ROOT, "  pixel pass  median %7.1f ms (baseline)               full read = %.1f x baseline%n",
                    pass50, full50 / pass50);
            System.out.printf(Locale.ROOT, "  labels read right: %d / %d%n", correct, images.size());
        }
    }

    private static boolean matches(ScaleLabel l, ScaleBarTruth t) {
        return l.unit().equals(t.unit()) && Math.abs(l.value() - t.value()) < 1e-9 * Math.max(1, t.value());
    }

    /** The cheapest thing a reader must do: touch every pixel once (luma for colour, as the reader does). */
    private static double pixelPass(Image2D img) {
        double s = 0;
        for (float v : img.toGray().plane(0)) {
            s += v;
        }
        return s;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
