package io.granula.scalebar.synth;

import java.awt.Graphics2D;
import java.util.Optional;
import java.util.Random;

/** Paints one maker's info strip across the bottom of an image, with or without its scale bar. */
public interface StripPainter {
    /**
     * @param bar the scale bar to place in the strip, or empty for a strip with the other fields only
     * @return where the bar and its label went, when one was drawn
     */
    Optional<ScaleBarTruth> paint(Graphics2D g, int width, int height, StripLook look, Optional<ScaleBarSpec> bar, Random rnd);

    /** Rows the strip takes at the bottom of the image for this font and bar. */
    int stripHeight(Graphics2D g, StripLook look, Optional<ScaleBarSpec> bar);
}
