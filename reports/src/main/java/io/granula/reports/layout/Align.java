package io.granula.reports.layout;

/** Horizontal alignment of text relative to its anchor or cell. */
public enum Align {
    LEFT, CENTER, RIGHT
}
