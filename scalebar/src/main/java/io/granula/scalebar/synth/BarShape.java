package io.granula.scalebar.synth;

/** How a scale bar is drawn. */
public enum BarShape {
    /** A filled rectangle; calibrated length = outer length. */
    SOLID,
    /** A bar with a tick at each end; calibrated length = distance between tick centres. */
    END_TICKS,
    /** Hitachi ruler: a thin line with eleven ticks, the end ones taller; length = end tick centres. */
    RULER
}
