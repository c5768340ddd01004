package io.granula.app.gui.viewer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NavigationTest {
    @Test
    void zoomKeepsTheImagePointUnderTheCursor() {
        Navigation nav = new Navigation();
        nav.fit(8192, 8192, 1600, 900);
        double ix = nav.toImageX(400), iy = nav.toImageY(300);
        nav.zoomAt(400, 300, 3.7);
        assertThat(nav.toImageX(400)).isCloseTo(ix, within(1e-9));
        assertThat(nav.toImageY(300)).isCloseTo(iy, within(1e-9));
    }

    @Test
    void fitShowsTheWholeImageCentred() {
        Navigation nav = new Navigation();
        nav.fit(2000, 1000, 1000, 1000);
        assertThat(nav.scale()).isEqualTo(0.5);
        assertThat(nav.toScreenX(0)).isCloseTo(0, within(1e-9));
        assertThat(nav.toScreenY(500)).isCloseTo(500, within(1e-9)); // image centre at view centre
    }

    @Test
    void panMovesTheImageWithTheMouse() {
        Navigation nav = new Navigation();
        nav.zoomAt(0, 0, 2);
        double before = nav.toScreenX(100);
        nav.pan(30, 0);
        assertThat(nav.toScreenX(100)).isCloseTo(before + 30, within(1e-9));
    }

    @Test
    void pyramidLevelNeverMagnifiesTexels() {
        Navigation nav = new Navigation();
        nav.fit(8192, 8192, 1024, 1024); // scale 1/8
        assertThat(nav.level(10)).isEqualTo(3);
        nav.oneToOne(1024, 1024);
        assertThat(nav.level(10)).isZero();
        assertThat(nav.level(2)).isZero();
    }
}
