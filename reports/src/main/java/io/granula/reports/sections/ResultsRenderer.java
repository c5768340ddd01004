package io.granula.reports.sections;

import io.granula.reports.chart.BoxPlotChart;
import io.granula.reports.chart.HistogramChart;
import io.granula.reports.chart.ScatterChart;
import io.granula.reports.layout.Box;
import io.granula.reports.layout.FlowDocument;
import io.granula.reports.layout.ReportStyle;
import io.granula.reports.layout.TableWriter;
import io.granula.reports.view.ReportView;

import java.util.List;

/** Summary table, distributions, scatter and sample comparisons: charts two to a row. */
public final class ResultsRenderer {
    private static final float GUTTER = 18f;
    private static final float ROW_GAP = 14f;
    private static final float CHART_HEIGHT = 200f;

    private ResultsRenderer() {
    }

    public static void render(FlowDocument flow, ReportView view) {
        ReportStyle style = flow.style();
        flow.newPage();
        flow.heading("Results", 1);
        flow.heading("Summary statistics", 2);
        new TableWriter(flow).write(view.summary());
        flow.paragraph(view.summaryNote(), style.caption());

        List<HistogramChart.Spec> histograms = view.histograms();
        if (!histograms.isEmpty()) {
            flow.heading("Distributions", 2, CHART_HEIGHT + ROW_GAP);
            for (int i = 0; i < histograms.size(); i += 2) {
                Box row = chartRow(flow);
                HistogramChart.draw(flow.painter(), style, left(row), histograms.get(i));
                if (i + 1 < histograms.size()) {
                    HistogramChart.draw(flow.painter(), style, right(row), histograms.get(i + 1));
                }
            }
        }
        view.scatter().ifPresent(spec -> {
            flow.heading("Correlation", 2, CHART_HEIGHT * 1.15f + ROW_GAP);
            Box row = flow.reserve(CHART_HEIGHT * 1.15f + ROW_GAP);
            ScatterChart.draw(flow.painter(), style, new Box(row.x(), row.y() + ROW_GAP, row.width(), row.height() - ROW_GAP), spec);
        });
        List<BoxPlotChart.Spec> comparisons = view.comparisons();
        if (!comparisons.isEmpty()) {
            flow.heading("Sample comparison", 2, CHART_HEIGHT + ROW_GAP);
            for (int i = 0; i < comparisons.size(); i += 2) {
                Box row = chartRow(flow);
                BoxPlotChart.draw(flow.painter(), style, left(row), comparisons.get(i));
                if (i + 1 < comparisons.size()) {
                    BoxPlotChart.draw(flow.painter(), style, right(row), comparisons.get(i + 1));
                }
            }
        }
    }

    private static Box chartRow(FlowDocument flow) {
        Box b = flow.reserve(CHART_HEIGHT + ROW_GAP);
        return new Box(b.x(), b.y() + ROW_GAP, b.width(), b.height() - ROW_GAP);
    }

    private static Box left(Box row) {
        return new Box(row.x(), row.y(), (row.width() - GUTTER) / 2, row.height());
    }

    private static Box right(Box row) {
        float w = (row.width() - GUTTER) / 2;
        return new Box(row.x() + w + GUTTER, row.y(), w, row.height());
    }
}
