package io.granula.app.gui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.granula.app.gui.session.KeptRows;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import io.granula.core.stats.Binning;
import io.granula.core.stats.CumulativeCurve;
import io.granula.core.stats.CumulativeDistribution;
import io.granula.core.stats.Histogram;
import io.granula.core.stats.ParticleStatistics;
import io.granula.core.stats.Weighting;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.Control;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Histogram of any measurement over the kept particles of the current image, weighted by number, area or
 * volume (ISO 9276-1 Q0/Q2/Q3), with the cumulative curve on a second axis and D10/D50/D90 marked. The
 * numbers come from the core's {@link ParticleStatistics}, the same the PDF report prints.
 */
public final class HistogramPane extends BorderPane implements ChartView {
    private final WorkbenchSession session;
    private final DefaultNumericAxis x = new DefaultNumericAxis("value");
    private final DefaultNumericAxis y = new DefaultNumericAxis("share of particles", "%");
    private final DefaultNumericAxis yCum = new DefaultNumericAxis("cumulative", "%");
    private final LayoutSafeChart chart = ChartSupport.chart(x, y);
    private final DoubleDataSet bars = new DoubleDataSet("histogram");
    private final DoubleDataSet cumulative = new DoubleDataSet("cumulative");
    private final ComboBox<Measurement> measurement = ChartSupport.measurementChooser(Measurement.ECD);
    private final ComboBox<Weighting> weighting = new ComboBox<>();
    private final TextField binWidth = new TextField();
    private final CheckBox showCumulative = new CheckBox("cumulative, D10/D50/D90");
    private final Label dValues = new Label();
    private final List<XValueIndicator> markers = new ArrayList<>();
    private int shownCount = -1;

    public HistogramPane(WorkbenchSession session) {
        this.session = session;
        setId("histogram");
        ErrorDataSetRenderer barRenderer = new ErrorDataSetRenderer();
        barRenderer.setPolyLineStyle(LineStyle.HISTOGRAM_FILLED);
        barRenderer.setDrawMarker(false);
        barRenderer.getDatasets().add(bars);
        yCum.setSide(Side.RIGHT);
        yCum.setAutoRanging(false);
        yCum.setMin(0);
        yCum.setMax(100);
        yCum.setAutoUnitScaling(false);
        ErrorDataSetRenderer cumRenderer = new ErrorDataSetRenderer();
        cumRenderer.setPolyLineStyle(LineStyle.NORMAL);
        cumRenderer.setDrawMarker(false);
        cumRenderer.getAxes().addAll(x, yCum);
        cumRenderer.getDatasets().add(cumulative);
        chart.getRenderers().setAll(barRenderer, cumRenderer);
        y.setForceZeroInRange(true);
        weighting.getItems().setAll(Weighting.values());
        weighting.setValue(Weighting.COUNT);
        weighting.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Weighting w) {
                return w == null ? "" : "by " + w.label();
            }

            @Override
            public Weighting fromString(String s) {
                return Weighting.COUNT;
            }
        });
        binWidth.setPromptText("auto");
        binWidth.setPrefColumnCount(5);
        showCumulative.setSelected(true);
        dValues.setId("dvalues");
        dValues.setStyle("-fx-font-weight: bold;");
        measurement.valueProperty().addListener((o, a, b) -> {
            binWidth.clear();
            refresh();
        });
        weighting.valueProperty().addListener((o, a, b) -> refresh());
        binWidth.setOnAction(e -> refresh());
        binWidth.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                refresh();
            }
        });
        showCumulative.selectedProperty().addListener((o, a, b) -> refresh());
        session.keptProperty().addListener((o, a, b) -> refresh());
        weighting.setTooltip(new javafx.scene.control.Tooltip("Each particle counts once, or by its area or volume (ISO 9276-1)"));
        binWidth.setTooltip(new javafx.scene.control.Tooltip("Bin width in the measurement's unit; empty = about 20 round bins"));
        showCumulative.setText("cumulative");
        // a flow, not a box: when the pane is narrow the controls wrap instead of being cut to "cumulat..."
        FlowPane controls = new FlowPane(6, 4, measurement, weighting, binWidth, showCumulative, dValues);
        for (Control c : new Control[]{measurement, weighting, showCumulative, dValues}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        controls.setPadding(new Insets(4));
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setTop(controls);
        setCenter(chart);
        refresh();
    }

    @Override
    public XYChart chart() {
        return chart;
    }

    /** How many particles the bars were last drawn from (tests read it). */
    public int shownCount() {
        return shownCount;
    }

    public ComboBox<Measurement> measurementChooser() {
        return measurement;
    }

    void refresh() {
        chart.beforeDataChange();
        KeptRows kept = session.kept();
        ParticleTable table = kept.table();
        chart.getPlugins().removeAll(markers);
        markers.clear();
        Measurement m = measurement.getValue();
        if (table == null || !table.has(m) || kept.count() == 0) {
            bars.clearData();
            cumulative.clearData();
            dValues.setText("");
            shownCount = table == null ? -1 : 0;
            return;
        }
        Weighting w = weighting.getValue();
        double[] values = ParticleStatistics.values(table, m, kept.rows());
        Histogram h = ParticleStatistics.histogram(table, m, kept.rows(), binning(values), w);
        double[] xs = new double[h.bins()], ys = new double[h.bins()];
        for (int i = 0; i < h.bins(); i++) {
            xs[i] = h.center(i);
            ys[i] = 100 * h.fraction(i);
        }
        bars.set(xs, ys);
        bars.setName(w == Weighting.COUNT ? "by number" : "by " + w.label());
        x.setName(ChartSupport.axisName(m, table.units()));
        x.setUnit(null);
        y.setName("share by " + w.label());
        shownCount = kept.count();
        if (showCumulative.isSelected()) {
            CumulativeCurve c = ParticleStatistics.cumulative(table, m, kept.rows(), w);
            double[] f = new double[c.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = 100 * c.fraction()[i];
            }
            cumulative.set(c.value(), f);
            CumulativeDistribution q = CumulativeDistribution.of(values, ParticleStatistics.weights(table, w, kept.rows()));
            String[] names = {"D10", "D50", "D90"};
            double[] ps = {0.1, 0.5, 0.9};
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                double d = q.quantile(ps[i]);
                XValueIndicator mark = new XValueIndicator(x, d, names[i]);
                mark.setEditable(false);
                markers.add(mark);
                text.append(String.format(Locale.ROOT, "%s %s  ", names[i], io.granula.app.gui.table.Columns.format(d)));
            }
            chart.getPlugins().addAll(markers);
            dValues.setText(text.toString().trim());
        } else {
            cumulative.clearData();
            dValues.setText("");
        }
    }

    private Binning binning(double[] values) {
        String typed = binWidth.getText() == null ? "" : binWidth.getText().trim();
        if (!typed.isEmpty()) {
            try {
                return Binning.width(Double.parseDouble(typed));
            } catch (IllegalArgumentException e) {
                binWidth.setText("");
            }
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double span = hi - lo;
        // About 20 bins of a round width (1, 2 or 5 times a power of ten), so bin edges are readable numbers.
        if (!(span > 0)) {
            return Binning.count(10);
        }
        double raw = span / 20;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        return Binning.width((m >= 5 ? 5 : m >= 2 ? 2 : 1) * p);
    }
}
