package io.granula.app.gui.charts;

import io.fair_acc.chartfx.XYChart;

/** A pane of the workbench that shows one chart (histogram, scatter, box and violin plots): what gets exported. */
public interface ChartView {
    XYChart chart();
}
