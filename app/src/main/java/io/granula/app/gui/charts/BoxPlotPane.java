package io.granula.app.gui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.DoubleErrorDataSet;
import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.KeptRows;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import io.granula.core.stats.BoxPlot;
import io.granula.core.stats.ParticleStatistics;
import io.granula.core.stats.Violin;
import io.granula.app.gui.session.ImageStatus;
import io.granula.core.measure.MeasurementUnits;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Box plots (Tukey: box from Q1 to Q3, the median marked, whiskers to the last values within 1.5 IQR,
 * numbers from the core's {@link BoxPlot}) of one measurement, one per analysed image of the project (loaded
 * or not: {@link #storedMeasurements()}), labelled with its sample, each over the particles that pass the filter: how the images and samples compare. Behind each box
 * its violin (the core's {@link Violin}: Gaussian kernel density, Silverman's bandwidth), scaled so the
 * widest violin of the chart spans 0.8 of a category, shows the shape the box hides (two modes, a tail).
 */
public final class BoxPlotPane extends BorderPane implements ChartView {
    private final WorkbenchSession session;
    private final CategoryAxis x = new CategoryAxis("image");
    private final DefaultNumericAxis y = new DefaultNumericAxis("value");
    private final LayoutSafeChart chart;
    private final DoubleErrorDataSet boxes = new DoubleErrorDataSet("Q1-Q3 and median");
    private final DoubleErrorDataSet whiskers = new DoubleErrorDataSet("whiskers (1.5 IQR)");
    private final ErrorDataSetRenderer violinRenderer = new ErrorDataSetRenderer();
    private final ComboBox<Measurement> measurement = ChartSupport.measurementChooser(Measurement.ECD);
    private final ObservableMap<Long, StoredMeasurements> stored = FXCollections.observableHashMap();
    private List<BoxPlot> shown = List.of();

    public BoxPlotPane(WorkbenchSession session) {
        this.session = session;
        setId("boxplot");
        x.setSide(Side.BOTTOM);
        y.setSide(Side.LEFT);
        y.setAutoUnitScaling(false);
        chart = new LayoutSafeChart(x, y);
        chart.setAnimated(false);
        ErrorDataSetRenderer whiskerRenderer = new ErrorDataSetRenderer();
        whiskerRenderer.setPolyLineStyle(LineStyle.NONE);
        whiskerRenderer.setErrorStyle(ErrorStyle.ERRORBARS);
        whiskerRenderer.setDrawMarker(false);
        whiskerRenderer.getDatasets().add(whiskers);
        ErrorDataSetRenderer boxRenderer = new ErrorDataSetRenderer();
        boxRenderer.setPolyLineStyle(LineStyle.NONE);
        boxRenderer.setErrorStyle(ErrorStyle.ERRORBARS);
        boxRenderer.setDrawBars(false);
        boxRenderer.setDrawMarker(true);
        boxRenderer.getDatasets().add(boxes);
        violinRenderer.setPolyLineStyle(LineStyle.NORMAL);
        violinRenderer.setDrawMarker(false);
        violinRenderer.setErrorStyle(ErrorStyle.NONE);
        chart.getRenderers().setAll(whiskerRenderer, boxRenderer, violinRenderer); // the category axis reads its labels from the first
        measurement.valueProperty().addListener((o, a, b) -> refresh());
        session.filterProperty().addListener((o, a, b) -> refresh());
        session.images().addListener((ListChangeListener<ImageEntry>) c -> refresh());
        stored.addListener((MapChangeListener<Long, StoredMeasurements>) c -> refresh());
        HBox controls = new HBox(8, new Label("compare"), measurement, new Label("over the images (filtered)"));
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4));
        setTop(controls);
        setCenter(chart);
        refresh();
    }

    @Override
    public XYChart chart() {
        return chart;
    }

    /**
     * The stored measurements of analysed images by image id (filled in the background when a project
     * opens): an analysed image that is not loaded is compared with these; a loaded one with its table,
     * which also holds edits made since.
     */
    public ObservableMap<Long, StoredMeasurements> storedMeasurements() {
        return stored;
    }

    /** The names of the compared images, one per box, in order. */
    public List<String> comparedImages() {
        return List.copyOf(x.getCategories());
    }

    /** The boxes on the chart, in the order of {@link #comparedImages()}. */
    public List<BoxPlot> boxPlots() {
        return shown;
    }

    /** The chart's violins, one closed outline each, the widest 0.8 of a category wide. */
    public List<DataSet> violins() {
        return List.copyOf(violinRenderer.getDatasets());
    }

    static List<DataSet> violinOutlines(List<Violin> violins) {
        double peak = violins.stream().flatMapToDouble(v -> Arrays.stream(v.density())).max().orElse(1);
        List<DataSet> out = new ArrayList<>();
        for (int i = 0; i < violins.size(); i++) {
            Violin v = violins.get(i);
            int m = v.value().length;
            if (m < 2) {
                continue;
            }
            double[] px = new double[2 * m + 1], py = new double[2 * m + 1];
            for (int g = 0; g < m; g++) { // up the right side, down the left, back to the start
                double half = 0.4 * v.density()[g] / peak;
                px[g] = i + half;
                py[g] = v.value()[g];
                px[2 * m - 1 - g] = i - half;
                py[2 * m - 1 - g] = v.value()[g];
            }
            px[2 * m] = px[0];
            py[2 * m] = py[0];
            out.add(new DoubleDataSet(i == 0 ? "density (violin)" : "violin " + (i + 1), px, py, px.length, false));
        }
        return out;
    }

    private void refresh() {
        chart.beforeDataChange();
        Measurement m = measurement.getValue();
        List<String> names = new ArrayList<>();
        List<BoxPlot> plots = new ArrayList<>();
        List<Violin> violins = new ArrayList<>();
        MeasurementUnits units = null;
        for (ImageEntry e : session.images()) {
            double[] values;
            if (e.result() != null && e.result().isAnalysed()) {
                ParticleTable t = e.result().particles();
                if (!t.has(m)) {
                    continue;
                }
                values = ParticleStatistics.values(t, m, KeptRows.of(t, session.filter()).rows());
                units = t.units();
            } else if (e.status() == ImageStatus.ANALYSED && stored.containsKey(e.imageId())) {
                StoredMeasurements s = stored.get(e.imageId());
                if (!s.has(m)) {
                    continue;
                }
                values = s.kept(m, session.filter());
                units = units == null ? s.units() : units;
            } else {
                continue;
            }
            plots.add(BoxPlot.of(values));
            violins.add(Violin.of(values));
            names.add(e.sample().isEmpty() ? e.name() : e.sample() + " / " + e.name());
        }
        shown = List.copyOf(plots);
        int n = plots.size();
        double[] xs = new double[n], med = new double[n], lo = new double[n], hi = new double[n];
        double[] wMid = new double[n], wLo = new double[n], wHi = new double[n];
        for (int i = 0; i < n; i++) {
            BoxPlot b = plots.get(i);
            xs[i] = i;
            med[i] = b.median();
            lo[i] = b.median() - b.q1();
            hi[i] = b.q3() - b.median();
            wMid[i] = b.median();
            wLo[i] = b.median() - b.lowerWhisker();
            wHi[i] = b.upperWhisker() - b.median();
        }
        violinRenderer.getDatasets().setAll(violinOutlines(violins));
        boxes.set(xs, med, lo, hi);
        whiskers.set(xs, wMid, wLo, wHi);
        x.setCategories(names);
        y.setName(units == null ? m.key() : ChartSupport.axisName(m, units));
    }
}
