package io.granula.core.synth;

import io.granula.core.image.PixelType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticMicrographsTest {

    private static SynthConfig.Builder small() {
        return SynthConfig.builder().size(160).diameters(5, 60);
    }

    @Test
    void sameSeedGivesIdenticalImageLabelsAndParticles() {
        SynthConfig c = small().build();
        for (int i = 0; i < 4; i++) {
            SyntheticImage a = new SyntheticMicrographs(c, 42).generate(i);
            SyntheticImage b = new SyntheticMicrographs(c, 42).generate(i);
            assertThat(a.image().plane(0)).isEqualTo(b.image().plane(0));
            assertThat(a.labels().labels()).isEqualTo(b.labels().labels());
            assertThat(a.particles()).isEqualTo(b.particles());
            assertThat(a.style()).isEqualTo(b.style());
        }
    }

    @Test
    void imageDependsOnlyOnSeedAndIndexNotOnGenerationOrder() {
        SyntheticMicrographs g = new SyntheticMicrographs(small().build(), 7);
        SyntheticImage third = g.generate(3);
        g.generate(0);
        g.generate(1);
        assertThat(new SyntheticMicrographs(small().build(), 7).generate(3).labels().labels())
                .isEqualTo(third.labels().labels());
    }

    @Test
    void differentSeedsGiveDifferentImages() {
        SynthConfig c = small().build();
        SyntheticImage a = new SyntheticMicrographs(c, 1).generate(0);
        SyntheticImage b = new SyntheticMicrographs(c, 2).generate(0);
        assertThat(Arrays.equals(a.labels().labels(), b.labels().labels())).isFalse();
    }

    @Test
    void labelsAreTheTopMostInsideTestOfTheDrawnShapes() {
        for (Arrangement arr : Arrangement.values()) {
            SyntheticImage img = new SyntheticMicrographs(small().arrangement(arr).build(), 5).generate(0);
            int w = img.image().width(), h = img.fieldHeight();
            int[] expected = new int[w * h];
            for (Particle p : img.particles()) {
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        if (p.shape().contains(x + 0.5, y + 0.5)) {
                            expected[y * w + x] = p.id();
                        }
                    }
                }
            }
            assertThat(Arrays.copyOf(img.labels().labels(), w * h)).as(arr.name()).isEqualTo(expected);
            int[] area = new int[img.labels().maxLabel() + 1];
            for (int v : expected) {
                area[v]++;
            }
            for (Particle p : img.particles()) {
                assertThat(p.visibleArea()).as("visible area of %d", p.id()).isEqualTo(area[p.id()]).isPositive();
            }
        }
    }

    @Test
    void laterParticleWinsTheSharedPixels() {
        Particle under = new Particle(1, new Disc(20, 20, 10), SurfaceRelief.dome(10), 1, 1, 0, -1, 0);
        Particle over = new Particle(2, new Disc(30, 20, 10), SurfaceRelief.dome(10), 1, 1, 0, -1, 0);
        SceneMaps m = new SceneRasterizer().rasterize(50, 40, List.of(under, over));
        assertThat(m.labels()[20 * 50 + 25]).isEqualTo(2);
        assertThat(m.labels()[20 * 50 + 15]).isEqualTo(1);
        // Projected thickness adds up where they overlap, surface height is the top one's.
        assertThat(m.thickness()[20 * 50 + 25]).isGreaterThan(m.thickness()[20 * 50 + 35]);
        SceneMaps swapped = new SceneRasterizer().rasterize(50, 40, List.of(over, under));
        assertThat(swapped.labels()[20 * 50 + 25]).isEqualTo(1);
    }

    @Test
    void overlappingArrangementHidesPartsButKeepsMostOfEachParticle() {
        SyntheticImage img = new SyntheticMicrographs(SynthConfig.builder().size(200).diameters(20, 30)
                .arrangement(Arrangement.OVERLAPPING).count(60).kinds(List.of(ShapeKind.DISC)).build(), 9).generate(0);
        long occluded = img.particles().stream()
                .filter(p -> p.visibleArea() < inImageArea(p.shape(), 200, 200) - 2).count();
        assertThat(occluded).isGreaterThan(5);
        for (Particle p : img.particles()) {
            // The arrangement's rule hides at most half of any particle's in-image area.
            assertThat(p.visibleArea()).isGreaterThanOrEqualTo((int) (0.5 * inImageArea(p.shape(), 200, 200)) - 1);
        }
    }

    private static int inImageArea(Shape s, int w, int h) {
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (s.contains(x + 0.5, y + 0.5)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void requestedDiametersAndCountAreHonoured() {
        SyntheticImage img = new SyntheticMicrographs(SynthConfig.builder().size(256).diameters(12, 14)
                .arrangement(Arrangement.RANDOM).count(50).build(), 3).generate(0);
        assertThat(img.particles()).hasSize(50);
        assertThat(img.labels().objectCount()).isEqualTo(50);
        for (Particle p : img.particles()) {
            assertThat(p.shape().equivalentDiameter()).isBetween(11.2, 14.0 + 1e-9);
        }
    }

    @Test
    void denseImagesReachThousandsOfParticles() {
        SyntheticImage img = new SyntheticMicrographs(SynthConfig.builder().size(512).diameters(5, 7)
                .arrangement(Arrangement.TOUCHING).count(3200).build(), 1).generate(0);
        assertThat(img.labels().objectCount()).isGreaterThanOrEqualTo(3000);
    }

    @Test
    void touchingArrangementPutsParticlesInContact() {
        SyntheticImage img = new SyntheticMicrographs(small().arrangement(Arrangement.TOUCHING).diameters(10, 20).build(), 4)
                .generate(0);
        int w = img.image().width();
        int[] l = img.labels().labels();
        boolean[] touches = new boolean[img.labels().maxLabel() + 1];
        for (int y = 0; y < img.fieldHeight(); y++) {
            for (int x = 0; x + 1 < w; x++) {
                int a = l[y * w + x], b = l[y * w + x + 1];
                if (a != 0 && b != 0 && a != b) {
                    touches[a] = touches[b] = true;
                }
            }
        }
        long inContact = img.particles().stream().filter(p -> touches[p.id()]).count();
        assertThat(inContact).isGreaterThan(img.particles().size() / 2);
    }

    @Test
    void someParticlesAreCutByTheImageBorder() {
        SyntheticImage img = new SyntheticMicrographs(small().arrangement(Arrangement.RANDOM).count(40).build(), 8).generate(0);
        long cut = img.particles().stream().filter(p -> {
            Bounds b = p.shape().bounds();
            return b.x0() < 0 || b.y0() < 0 || b.x1() > 160 || b.y1() > 160;
        }).count();
        assertThat(cut).isPositive();
    }

    @Test
    void agglomeratePrimariesCarryTheirClusterIndex() {
        SyntheticImage img = new SyntheticMicrographs(small().arrangement(Arrangement.AGGLOMERATES).build(), 2).generate(0);
        assertThat(img.particles()).allMatch(p -> p.cluster() >= 0);
        assertThat(img.particles().stream().mapToInt(Particle::cluster).distinct().count())
                .isLessThan(img.particles().size());
    }

    @Test
    void infoStripIsReservedBelowTheFieldWithoutLabels() {
        SyntheticImage img = new SyntheticMicrographs(small().stripHeight(24).build(), 1).generate(0);
        assertThat(img.image().height()).isEqualTo(184);
        assertThat(img.fieldHeight()).isEqualTo(160);
        int w = img.image().width();
        for (int i = 160 * w; i < 184 * w; i++) {
            assertThat(img.labels().labels()[i]).isZero();
            assertThat(img.image().plane(0)[i]).isZero();
        }
    }

    @Test
    void everyStyleRendersParticlesDistinctFromBackground() {
        for (SynthStyle style : SynthStyle.values()) {
            SyntheticImage img = new SyntheticMicrographs(SynthConfig.builder().size(128).diameters(12, 20).style(style)
                    .arrangement(Arrangement.RANDOM).count(20).kinds(List.of(ShapeKind.DISC)).build(), 6).generate(0);
            PixelType expected = style == SynthStyle.TEM || style == SynthStyle.HAADF ? PixelType.UINT16 : PixelType.UINT8;
            assertThat(img.image().pixelType()).isEqualTo(expected);
            float[] p = img.image().plane(0);
            int[] l = img.labels().labels();
            double in = 0, out = 0;
            int nIn = 0, nOut = 0;
            for (int i = 0; i < p.length; i++) {
                assertThat(p[i]).isBetween(0f, expected == PixelType.UINT8 ? 255f : 65535f);
                assertThat(p[i]).isEqualTo((float) Math.rint(p[i]));
                if (l[i] != 0) {
                    in += p[i];
                    nIn++;
                } else {
                    out += p[i];
                    nOut++;
                }
            }
            in /= nIn;
            out /= nOut;
            double sd = 0;
            for (int i = 0; i < p.length; i++) {
                if (l[i] == 0) {
                    sd += (p[i] - out) * (p[i] - out);
                }
            }
            sd = Math.sqrt(sd / nOut);
            assertThat(Math.abs(in - out)).as(style + ": inside %f outside %f sd %f", in, out, sd).isGreaterThan(0.5 * sd);
            if (style == SynthStyle.TEM) {
                assertThat(in).as("TEM bright field: particles dark").isLessThan(out);
            }
            if (style == SynthStyle.HAADF || style == SynthStyle.SEM) {
                assertThat(in).as(style + ": particles bright").isGreaterThan(out);
            }
        }
    }

    @Test
    void sparseScenesStillShowTheirParticles() {
        // Three small particles cover under 1 % of the field: contrast must still come from the particles.
        for (SynthStyle style : SynthStyle.values()) {
            for (int index = 0; index < 4; index++) {
                SyntheticImage img = new SyntheticMicrographs(SynthConfig.builder().size(256).diameters(12, 16)
                        .style(style).arrangement(Arrangement.RANDOM).count(3).kinds(List.of(ShapeKind.DISC)).build(), 31)
                        .generate(index);
                float[] p = img.image().plane(0);
                int[] l = img.labels().labels();
                double in = 0, out = 0, out2 = 0;
                int nIn = 0, nOut = 0;
                for (int i = 0; i < p.length; i++) {
                    if (l[i] != 0) {
                        in += p[i];
                        nIn++;
                    } else {
                        out += p[i];
                        out2 += (double) p[i] * p[i];
                        nOut++;
                    }
                }
                assertThat(nIn).isLessThan(p.length / 100);
                in /= nIn;
                out /= nOut;
                double sd = Math.sqrt(Math.max(0, out2 / nOut - out * out));
                assertThat(Math.abs(in - out)).as("%s image %d: inside %f outside %f sd %f", style, index, in, out, sd)
                        .isGreaterThan(sd);
            }
        }
    }
}
