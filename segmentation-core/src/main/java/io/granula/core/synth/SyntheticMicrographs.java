package io.granula.core.synth;

import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The synthetic micrograph engine: plan a scene, place particles, rasterise, render in the
 * chosen style, quantise. Image {@code i} of a set depends only on (seed, i), so a set can be
 * generated in any order or in part and still be the same.
 */
public final class SyntheticMicrographs {
    private final SynthConfig config;
    private final long seed;

    public SyntheticMicrographs(SynthConfig config, long seed) {
        this.config = config;
        this.seed = seed;
    }

    public SynthConfig config() {
        return config;
    }

    public SyntheticImage generate(int index) {
        return generate(index, ProgressMonitor.NONE);
    }

    public SyntheticImage generate(int index, ProgressMonitor monitor) {
        long imageSeed = imageSeed(seed, index);
        SplittableRandom root = new SplittableRandom(imageSeed);
        // Independent streams: a change in how one stage draws does not reshuffle the others.
        SplittableRandom styleRng = root.split(), planRng = root.split(), placeRng = root.split(), renderRng = root.split();
        List<SynthStyle> styles = config.styles();
        SynthStyle style = styles.get(styleRng.nextInt(styles.size()));
        ScenePlan plan = new ScenePlanner().plan(config, style, planRng);

        int w = config.width(), fh = config.height();
        OcclusionCanvas canvas = new OcclusionCanvas(w, fh);
        List<Particle> drawn = new Placement(plan, canvas, placeRng).run(monitor.sub(0, 0.6));
        SceneMaps maps = new SceneRasterizer().rasterize(w, fh, drawn);
        monitor.checkCancelled();
        monitor.update(0.7, "rendering " + style.id());
        float[] signal = Renderer.forStyle(style).render(maps, renderRng);
        PixelType type = style == SynthStyle.TEM || style == SynthStyle.HAADF ? PixelType.UINT16 : PixelType.UINT8;
        float[] field = Quantizer.quantize(signal, type, renderRng);

        int strip = config.stripHeight();
        float[] pixels = new float[w * (fh + strip)];
        System.arraycopy(field, 0, pixels, 0, field.length);
        int[] labels = new int[w * (fh + strip)];
        System.arraycopy(maps.labels(), 0, labels, 0, maps.labels().length);
        List<Particle> visible = drawn.stream().filter(p -> p.visibleArea() > 0).toList();
        monitor.update(1, "done");
        return new SyntheticImage(index, imageSeed, style, plan.arrangement(), pixelSize(style, styleRng), strip,
                new Image2D(w, fh + strip, type, pixels), new LabelImage(w, fh + strip, labels), visible);
    }

    /** Typical pixel sizes of each instrument, log-uniform. */
    private static double pixelSize(SynthStyle style, SplittableRandom rng) {
        return switch (style) {
            case TEM, HAADF -> ScenePlanner.logUniform(0.05, 20, rng);
            case SEM, BSE -> ScenePlanner.logUniform(1, 500, rng);
            case OPTICAL -> ScenePlanner.logUniform(50, 2000, rng);
        };
    }

    /** Stafford's "Mix13" finaliser over (seed, index): neighbouring indices give unrelated streams. */
    static long imageSeed(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
