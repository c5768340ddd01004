package io.granula.core.synth;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShapeTest {
    private static List<Shape> drawnShapes(double diameter) {
        ShapeFactory f = new ShapeFactory();
        SplittableRandom rng = new SplittableRandom(3);
        List<Shape> out = new ArrayList<>();
        for (ShapeKind k : ShapeKind.values()) {
            for (int i = 0; i < 8; i++) {
                out.add(f.shape(k, diameter, 100.3, 99.7, rng));
            }
        }
        return out;
    }

    @Test
    void signedDistanceSignAgreesWithInsideTestEverywhere() {
        SplittableRandom rng = new SplittableRandom(11);
        for (Shape s : drawnShapes(40)) {
            Bounds b = s.bounds().grow(3);
            for (int i = 0; i < 4000; i++) {
                double x = b.x0() + rng.nextDouble() * (b.x1() - b.x0());
                double y = b.y0() + rng.nextDouble() * (b.y1() - b.y0());
                double d = s.signedDistance(x, y);
                assertThat(d < 0 || (d == 0 && s.contains(x, y)) || (d > 0 && !s.contains(x, y)))
                        .as("%s at %f,%f: d=%f inside=%b", s, x, y, d, s.contains(x, y))
                        .isEqualTo(true);
                assertThat(d <= 0).as("%s at %f,%f", s, x, y).isEqualTo(s.contains(x, y) || d == 0);
            }
        }
    }

    @Test
    void factoryShapesHaveTheRequestedAreaEquivalentDiameter() {
        for (Shape s : drawnShapes(37)) {
            if (s.kind() == ShapeKind.WIRE) {
                // The swept-area formula counts the inside of gentle bends twice: within 2 %.
                assertThat(s.equivalentDiameter()).as(s.toString()).isCloseTo(37, within(0.8));
            } else {
                assertThat(s.equivalentDiameter()).as(s.toString()).isCloseTo(37, within(1e-6));
            }
        }
    }

    @Test
    void analyticAreaMatchesPixelCountOfLargeShapes() {
        for (Shape s : drawnShapes(90)) {
            Bounds b = s.bounds();
            long n = 0;
            for (int y = (int) b.y0() - 1; y <= b.y1() + 1; y++) {
                for (int x = (int) b.x0() - 1; x <= b.x1() + 1; x++) {
                    if (s.contains(x + 0.5, y + 0.5)) {
                        n++;
                    }
                }
            }
            assertThat((double) n).as(s.toString()).isCloseTo(s.area(), within(0.02 * s.area()));
        }
    }

    @Test
    void feretLengthAndWidthBracketTheShape() {
        for (Shape s : drawnShapes(50)) {
            assertThat(s.length()).as(s.toString()).isGreaterThanOrEqualTo(s.width() - 1e-9);
            // Isodiametric inequality: no shape of diameter L has more area than the disc of diameter L.
            assertThat(s.length()).as(s.toString()).isGreaterThanOrEqualTo(s.equivalentDiameter() * 0.99);
            if (s.kind() != ShapeKind.WIRE) {
                // A shape lies in a strip of its minimum Feret width and extends at most its maximum Feret along it.
                assertThat(s.area()).as(s.toString()).isLessThanOrEqualTo(s.length() * s.width() * 1.01);
            }
        }
        assertThat(new Disc(0, 0, 5).length()).isEqualTo(10);
        assertThat(new Ellipse(0, 0, 6, 2, 0.3).width()).isEqualTo(4);
    }

    @Test
    void rodsAndWiresAreNeverThinnerThanThreePixels() {
        ShapeFactory f = new ShapeFactory();
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            Shape rod = f.shape(ShapeKind.ROD, 5 + rng.nextDouble() * 20, 0, 0, rng);
            Shape wire = f.shape(ShapeKind.WIRE, 5 + rng.nextDouble() * 60, 0, 0, rng);
            assertThat(rod.width()).isGreaterThanOrEqualTo(2.99);
            assertThat(wire.width()).isGreaterThanOrEqualTo(2.99);
        }
    }

    @Test
    void translatedShapeMovesItsCentreAndKeepsItsArea() {
        for (Shape s : drawnShapes(30)) {
            Shape m = s.movedTo(10, 20);
            assertThat(m.centreX()).isCloseTo(10, within(1e-9));
            assertThat(m.centreY()).isCloseTo(20, within(1e-9));
            assertThat(m.area()).isCloseTo(s.area(), within(1e-6));
        }
    }
}
