package io.granula.app.gui.viewer;

import io.granula.core.image.Image2D;

/**
 * Brightness and contrast as ImageJ's B&C dialog keeps them: the grey value shown black ({@code low})
 * and the one shown white ({@code high}); values between map linearly to 0..255. Auto takes the
 * 0.1-99.9 percentiles, as overlay.png and the report do ({@code DisplayRange}). Works in the file's own
 * range, so 16-bit images keep their full depth until display.
 */
public record DisplayLimits(double low, double high) {
    public DisplayLimits {
        if (!(high > low)) {
            high = low + 1;
        }
    }

    /** Auto limits from the percentiles the loader computed ({@code ImageResult.autoRange}). */
    public static DisplayLimits auto(float[] percentileRange) {
        return new DisplayLimits(percentileRange[0], percentileRange[1]);
    }

    /** The full range of the storage type (0..255 for 8-bit, 0..65535 for 16-bit), the slider bounds. */
    public static DisplayLimits fullRange(Image2D image, float[] percentileRange) {
        int bits = image.pixelType().bits();
        if (bits <= 16) {
            return new DisplayLimits(0, (1 << bits) - 1);
        }
        double span = percentileRange[1] - percentileRange[0];
        return new DisplayLimits(percentileRange[0] - span, percentileRange[1] + span);
    }

    /** Grey 0..255 of a value. */
    public int grey(float v) {
        double g = (v - low) * 255.0 / (high - low);
        return g <= 0 ? 0 : g >= 255 ? 255 : (int) (g + 0.5);
    }
}
