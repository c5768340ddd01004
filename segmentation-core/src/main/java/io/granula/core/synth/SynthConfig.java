package io.granula.core.synth;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What to generate. Unset overrides are drawn at random per image from the seed.
 *
 * @param width        image field width in px
 * @param height       image field height in px (the info strip comes below it)
 * @param styles       styles to draw from, one per image (one element for a fixed style)
 * @param stripHeight  rows reserved under the field for an instrument info strip with a scale
 *                     bar (label 0, filled black); the scale-bar module paints it
 * @param minDiameter  smallest area-equivalent particle diameter, px
 * @param maxDiameter  largest area-equivalent particle diameter, px
 * @param maxCount     cap on particles per image
 * @param arrangement  fixed arrangement, or drawn per image
 * @param count        fixed particle count target, or drawn from the arrangement's coverage
 * @param kinds        morphologies to draw from; empty: drawn per image
 */
public record SynthConfig(int width, int height, List<SynthStyle> styles, int stripHeight, double minDiameter,
                          double maxDiameter, int maxCount, Optional<Arrangement> arrangement, OptionalInt count,
                          List<ShapeKind> kinds) {
    public SynthConfig {
        styles = List.copyOf(styles);
        kinds = List.copyOf(kinds);
        if (width < 16 || height < 16) {
            throw new IllegalArgumentException("image size must be at least 16 px: " + width + "x" + height);
        }
        if (styles.isEmpty()) {
            throw new IllegalArgumentException("at least one style is needed");
        }
        if (!(minDiameter >= 2 && maxDiameter >= minDiameter)) {
            throw new IllegalArgumentException("particle diameters must satisfy 2 <= min <= max: " + minDiameter + ", " + maxDiameter);
        }
        if (stripHeight < 0 || maxCount < 1) {
            throw new IllegalArgumentException("strip height must be >= 0 and max count >= 1");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: 512 px, all styles mixed, diameters 5-300 px, up to 5000 particles, no strip. */
    public static final class Builder {
        private int width = 512;
        private int height = 512;
        private List<SynthStyle> styles = List.of(SynthStyle.values());
        private int stripHeight;
        private double minDiameter = 5;
        private double maxDiameter = 300;
        private int maxCount = 5000;
        private Arrangement arrangement;
        private Integer count;
        private List<ShapeKind> kinds = List.of();

        public Builder size(int size) {
            this.width = size;
            this.height = size;
            return this;
        }

        public Builder size(int width, int height) {
            this.width = width;
            this.height = height;
            return this;
        }

        public Builder styles(List<SynthStyle> styles) {
            this.styles = styles;
            return this;
        }

        public Builder style(SynthStyle style) {
            return styles(List.of(style));
        }

        public Builder stripHeight(int rows) {
            this.stripHeight = rows;
            return this;
        }

        public Builder diameters(double min, double max) {
            this.minDiameter = min;
            this.maxDiameter = max;
            return this;
        }

        public Builder maxCount(int maxCount) {
            this.maxCount = maxCount;
            return this;
        }

        public Builder arrangement(Arrangement arrangement) {
            this.arrangement = arrangement;
            return this;
        }

        public Builder count(int count) {
            this.count = count;
            return this;
        }

        public Builder kinds(List<ShapeKind> kinds) {
            this.kinds = kinds;
            return this;
        }

        public SynthConfig build() {
            return new SynthConfig(width, height, styles, stripHeight, minDiameter, maxDiameter, maxCount,
                    Optional.ofNullable(arrangement), count == null ? OptionalInt.empty() : OptionalInt.of(count), kinds);
        }
    }
}
