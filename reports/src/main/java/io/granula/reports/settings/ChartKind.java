package io.granula.reports.settings;

/** The optional parts of a report a user can switch on or off. */
public enum ChartKind {
    /** Histogram weighted by number of particles, with its cumulative curve. */
    HISTOGRAM_COUNT,
    /** Histogram weighted by particle volume (sphere of the ECD), with its cumulative curve. */
    HISTOGRAM_VOLUME,
    /** Scatter of two measurements, one colour per sample. */
    SCATTER,
    /** Box plots comparing samples, one per measurement. */
    BOX,
    /** Violin plots comparing samples, one per measurement. */
    VIOLIN,
    /** One page per image: overlay of the particles kept, scale-bar crop, statistics. */
    IMAGE_PAGES
}
