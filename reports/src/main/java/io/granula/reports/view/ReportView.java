package io.granula.reports.view;

import io.granula.reports.chart.BoxPlotChart;
import io.granula.reports.chart.HistogramChart;
import io.granula.reports.chart.ScatterChart;
import io.granula.reports.layout.Table;

import java.util.List;
import java.util.Optional;

/**
 * The whole report as presentation values: every number already formatted, every chart already
 * given its series. Built from the statistics by {@code ReportAssembler}, drawn by
 * {@code ReportRenderer}; the split keeps the arithmetic out of the layout and lets tests check
 * the one against the other.
 *
 * @param footer     text at the left of every page footer
 * @param summary      per-sample summary table
 * @param summaryNote  how to read it (which weighting the D-values use)
 * @param histograms   distributions, drawn two to a row in this order
 */
public record ReportView(String documentTitle, String footer, TitleView title, MethodsView methods, Table summary,
                         String summaryNote, List<HistogramChart.Spec> histograms, Optional<ScatterChart.Spec> scatter,
                         List<BoxPlotChart.Spec> comparisons, List<ImagePageView> images) {
    public ReportView {
        histograms = List.copyOf(histograms);
        comparisons = List.copyOf(comparisons);
        images = List.copyOf(images);
    }
}
