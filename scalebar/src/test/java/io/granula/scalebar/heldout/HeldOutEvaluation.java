package io.granula.scalebar.heldout;

import io.granula.scalebar.ScaleBarReader;
import io.granula.scalebar.ScaleBarResult;
import io.granula.scalebar.ScaleLabel;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The reader on the held-out set, per kind: value and unit right, bar length within 0.5 px, no bar
 * found at all, and false bars on images without one. A benchmark
 * ({@code scripts/bench.sh scalebar-heldout SEED[,SEED...] [PER_KIND WITHOUT_PER_KIND DUMP_DIR|- KINDS]}), never a
 * test gate: Tesseract's readings differ between processors (issue 13).
 */
public final class HeldOutEvaluation {
    private HeldOutEvaluation() {
    }

    /** Counts for one kind. */
    static final class Tally {
        int images;
        int correct;
        int lengthWithinHalfPx;
        int bothRight;
        int noBar;
        int plausibleWrong;
        int withoutBar;
        int falseBars;
        int falseUnread;

        String line(HeldOutKind k) {
            return String.format(Locale.ROOT, "%-13s value+unit %3d/%-3d length<=0.5px %3d  both %3d  no bar %3d"
                            + "  wrong but trusted %2d | no-bar images %3d: false bars %d (+%d unread)",
                    k, correct, images, lengthWithinHalfPx, bothRight, noBar, plausibleWrong, withoutBar, falseBars, falseUnread);
        }

        void add(Tally o) {
            images += o.images;
            correct += o.correct;
            lengthWithinHalfPx += o.lengthWithinHalfPx;
            bothRight += o.bothRight;
            noBar += o.noBar;
            plausibleWrong += o.plausibleWrong;
            withoutBar += o.withoutBar;
            falseBars += o.falseBars;
            falseUnread += o.falseUnread;
        }
    }

    public static void main(String[] args) throws IOException {
        // one seed or several, comma-separated: each seed's figures are printed apart, then their sum
        long[] seeds = args.length > 0 ? java.util.Arrays.stream(args[0].split(",")).mapToLong(Long::parseLong).toArray()
                : new long[]{16};
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int without = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        Path dump = args.length > 3 && !args[3].equals("-") ? Path.of(args[3]) : null;
        // optional comma-separated kinds to run alone (the generator still draws every kind, so a
        // kind's images are the same with or without the filter)
        java.util.Set<String> only = args.length > 4 ? java.util.Set.of(args[4].split(",")) : java.util.Set.of();
        Map<HeldOutKind, Tally> total = new EnumMap<>(HeldOutKind.class);
        try (ScaleBarReader reader = ScaleBarReader.open()) {
            reader.ocrProblem().ifPresent(System.err::println);
            for (long seed : seeds) {
                Map<HeldOutKind, Tally> tallies = run(reader, seed, perKind, without,
                        dump == null || seeds.length == 1 ? dump : dump.resolve("seed" + seed), only);
                print("seed " + seed, tallies);
                tallies.forEach((k, t) -> total.computeIfAbsent(k, x -> new Tally()).add(t));
            }
        }
        if (seeds.length > 1) {
            print("seeds " + args[0], total);
        }
    }

    private static Map<HeldOutKind, Tally> run(ScaleBarReader reader, long seed, int perKind, int without, Path dump,
                                               java.util.Set<String> only) throws IOException {
        Map<HeldOutKind, Tally> tallies = new EnumMap<>(HeldOutKind.class);
        HeldOutGenerator gen = new HeldOutGenerator(seed);
        long t0 = System.nanoTime();
        int n = 0;
        for (int i = 0; i < perKind; i++) {
            for (HeldOutKind kind : HeldOutKind.values()) {
                Tally t = tallies.computeIfAbsent(kind, k -> new Tally());
                HeldOutImage img = gen.withBar(kind);
                if (!only.isEmpty() && !only.contains(kind.name())) {
                    continue;
                }
                HeldOutTruth truth = img.truth().orElseThrow();
                ScaleBarResult r = reader.read(img.image());
                n++;
                t.images++;
                boolean right = r.label().map(l -> matches(l, truth)).orElse(false);
                double err = r.bar().filter(b -> overlaps(r, truth)).map(b -> Math.abs(b.length() - truth.lengthPx()))
                        .orElse(Double.NaN);
                t.correct += right ? 1 : 0;
                t.lengthWithinHalfPx += err <= 0.5 ? 1 : 0;
                t.bothRight += right && err <= 0.5 ? 1 : 0;
                t.noBar += r.found() ? 0 : 1;
                boolean trusted = r.fromBar().isPresent() && r.confidence() >= ScaleBarReader.CONFIDENCE_THRESHOLD;
                t.plausibleWrong += !right && trusted ? 1 : 0;
                if (!right || !(err <= 0.5)) {
                    String name = String.format(Locale.ROOT, "%s-%03d", kind, i);
                    System.out.printf(Locale.ROOT, "seed %d %s %dx%d [%s] truth '%s' %.2f px | read %s raw '%s' len %.2f err %.2f conf %.2f | %s%n",
                            seed, name, img.image().width(), img.image().height(), img.degradation(), truth.text(),
                            truth.lengthPx(), r.label().map(Object::toString).orElse("-"), r.rawText(), r.barLengthPx(),
                            err, r.confidence(), candidateRank(img, truth));
                    dump(dump, name, img);
                    dumpCrop(dump, name, img, truth);
                }
            }
        }
        for (int i = 0; i < without; i++) {
            for (HeldOutKind kind : HeldOutKind.values()) {
                Tally t = tallies.get(kind);
                HeldOutImage img = gen.withoutBar(kind);
                if (!only.isEmpty() && !only.contains(kind.name())) {
                    continue;
                }
                ScaleBarResult r = reader.read(img.image());
                n++;
                t.withoutBar++;
                if (r.found()) {
                    if (r.label().isPresent()) {
                        t.falseBars++;
                    } else {
                        t.falseUnread++;
                    }
                    String name = String.format(Locale.ROOT, "nobar-%s-%03d", kind, i);
                    System.out.println("seed " + seed + " " + name + " false bar " + r.label().map(Object::toString).orElse("-"));
                    dump(dump, name, img);
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "held-out seed %d, %d images in %.1f s (%.2f s each)%n", seed, n, secs, secs / Math.max(1, n));
        tallies.values().removeIf(t -> t.images == 0 && t.withoutBar == 0);
        return tallies;
    }

    private static void print(String title, Map<HeldOutKind, Tally> tallies) {
        System.out.println("-- " + title);
        Tally all = new Tally();
        tallies.forEach((k, t) -> {
            System.out.println(t.line(k));
            all.add(t);
        });
        System.out.printf(Locale.ROOT, "ALL (%s): value+unit %d/%d (%.1f%%), both right %.1f%%, no bar %d, wrong but trusted %d,"
                        + " false bars %d/%d (+%d unread)%n", title, all.correct, all.images, 100.0 * all.correct / all.images,
                100.0 * all.bothRight / all.images, all.noBar, all.plausibleWrong, all.falseBars, all.withoutBar, all.falseUnread);
    }

    static boolean matches(ScaleLabel read, HeldOutTruth truth) {
        return read.unit().equals(truth.unit()) && Math.abs(read.value() - truth.value()) <= 1e-9 * Math.max(1, truth.value());
    }

    private static boolean overlaps(ScaleBarResult r, HeldOutTruth t) {
        var b = r.bar().orElseThrow();
        return b.vertical() == t.vertical() && b.x0() < t.x1() && t.x0() < b.x1() && b.y0() <= t.y1() + 2 && t.y0() <= b.y1() + 2;
    }

    /**
     * Where the true bar stands among the finders' candidates on its plane (grey or chroma, transposed
     * for a vertical bar): "candidate k of n", "ruler", or "no candidate", so a miss can be told
     * from a label not read.
     */
    private static String candidateRank(HeldOutImage img, HeldOutTruth t) {
        io.granula.scalebar.bar.GrayPlane g = io.granula.scalebar.bar.GrayPlane.of(img.image());
        var chroma = io.granula.scalebar.bar.GrayPlane.chromaOf(img.image(), g);
        if (t.vertical()) {
            g = g.transposed();
            chroma = chroma.map(io.granula.scalebar.bar.GrayPlane::transposed);
        }
        java.util.List<io.granula.scalebar.bar.BarCandidate> all = new java.util.ArrayList<>(new io.granula.scalebar.bar.BarDetector().detect(g));
        chroma.ifPresent(p -> all.addAll(new io.granula.scalebar.bar.BarDetector().detect(p)));
        all.sort(java.util.Comparator.comparingDouble(io.granula.scalebar.bar.BarCandidate::score).reversed());
        for (int i = 0; i < all.size(); i++) {
            var r = all.get(i).rect();
            if (r.x0() < t.x1() && t.x0() < r.x1() + 1 && r.y0() <= t.y1() + 2 && t.y0() <= r.y1() + 2) {
                return String.format(Locale.ROOT, "candidate %d of %d", i + 1, all.size()) + at(t);
            }
        }
        for (var ruler : new io.granula.scalebar.bar.TickRulerFinder().find(g)) {
            var r = ruler.candidate().rect();
            if (r.x0() < t.x1() && t.x0() < r.x1() + 1 && r.y0() <= t.y1() + 2 && t.y0() <= r.y1() + 2) {
                return "ruler" + at(t);
            }
        }
        return "no candidate" + at(t);
    }

    private static String at(HeldOutTruth t) {
        return String.format(Locale.ROOT, " (truth %s x %.0f..%.0f y %.0f..%.0f)", t.vertical() ? "transposed" : "",
                t.x0(), t.x1(), t.y0(), t.y1());
    }

    /** The bar and its surroundings (three bar lengths wide), to see a miss without hunting for it. */
    private static void dumpCrop(Path dir, String name, HeldOutImage img, HeldOutTruth t) throws IOException {
        if (dir == null) {
            return;
        }
        var full = img.rendered();
        double len = t.lengthPx();
        // a vertical truth is in the transposed image's axes: x runs down the rows
        double ax0 = t.x0() - len, ax1 = t.x1() + len, cy = (t.y0() + t.y1()) / 2;
        double across = Math.max(len, 80);
        int x0, x1, y0, y1;
        if (t.vertical()) {
            x0 = (int) (cy - across); x1 = (int) (cy + across); y0 = (int) ax0; y1 = (int) ax1;
        } else {
            x0 = (int) ax0; x1 = (int) ax1; y0 = (int) (cy - across); y1 = (int) (cy + across);
        }
        x0 = Math.max(0, x0); y0 = Math.max(0, y0);
        x1 = Math.min(full.getWidth(), x1); y1 = Math.min(full.getHeight(), y1);
        ImageIO.write(full.getSubimage(x0, y0, x1 - x0, y1 - y0), "png", dir.resolve(name + "-bar.png").toFile());
    }

    private static void dump(Path dir, String name, HeldOutImage img) throws IOException {
        if (dir != null) {
            Files.createDirectories(dir);
            ImageIO.write(img.rendered(), "png", dir.resolve(name + ".png").toFile());
        }
    }
}
