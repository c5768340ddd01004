package io.granula.app.gui.viewer;

import io.granula.core.measure.Measurement;

import java.util.Objects;

/**
 * How the masks are drawn: outlines or translucent fills, one colour per particle or a colour scale of
 * one measurement, and whether they are drawn at all.
 */
public record OverlayStyle(boolean visible, boolean fill, Colouring colouring, Measurement measurement) {
    public enum Colouring { PER_PARTICLE, BY_MEASUREMENT }

    public static final OverlayStyle DEFAULT = new OverlayStyle(true, false, Colouring.PER_PARTICLE, Measurement.ECD);

    public OverlayStyle {
        Objects.requireNonNull(colouring);
        Objects.requireNonNull(measurement);
    }

    public OverlayStyle withVisible(boolean v) {
        return new OverlayStyle(v, fill, colouring, measurement);
    }

    public OverlayStyle withFill(boolean f) {
        return new OverlayStyle(visible, f, colouring, measurement);
    }

    public OverlayStyle colouredBy(Measurement m) {
        return new OverlayStyle(visible, fill, m == null ? Colouring.PER_PARTICLE : Colouring.BY_MEASUREMENT,
                m == null ? measurement : m);
    }
}
