package io.granula.app.gui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.granula.app.gui.session.KeptRows;
import io.granula.app.gui.session.ParticleRef;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * Any two measurements of the kept particles against each other; clicking a point selects its particle
 * (the nearest point within a few screen pixels), and the selected particle is drawn larger.
 */
public final class ScatterPane extends BorderPane implements ChartView {
    private static final double PICK_RADIUS_PX = 8;
    private final WorkbenchSession session;
    private final DefaultNumericAxis x = new DefaultNumericAxis("x");
    private final DefaultNumericAxis y = new DefaultNumericAxis("y");
    private final LayoutSafeChart chart = ChartSupport.chart(x, y);
    private final DoubleDataSet points = new DoubleDataSet("particles");
    private final DoubleDataSet selected = new DoubleDataSet("selected");
    private final ComboBox<Measurement> xChoice = ChartSupport.measurementChooser(Measurement.ECD);
    private final ComboBox<Measurement> yChoice = ChartSupport.measurementChooser(Measurement.CIRCULARITY);
    private int[] rows = new int[0];

    public ScatterPane(WorkbenchSession session) {
        this.session = session;
        setId("scatter");
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(LineStyle.NONE);
        r.setDrawMarker(true);
        r.getDatasets().addAll(points);
        ErrorDataSetRenderer sel = new ErrorDataSetRenderer();
        sel.setPolyLineStyle(LineStyle.NONE);
        sel.setDrawMarker(true);
        sel.getDatasets().add(selected);
        chart.getRenderers().setAll(r, sel);
        xChoice.valueProperty().addListener((o, a, b) -> refresh());
        yChoice.valueProperty().addListener((o, a, b) -> refresh());
        session.keptProperty().addListener((o, a, b) -> refresh());
        session.selectedProperty().addListener((o, a, b) -> showSelected());
        chart.getCanvas().addEventHandler(MouseEvent.MOUSE_CLICKED, this::pick);
        HBox controls = new HBox(8, new Label("x"), xChoice, new Label("y"), yChoice, new Label("click a point to select its particle"));
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

    private void refresh() {
        chart.beforeDataChange();
        KeptRows kept = session.kept();
        ParticleTable t = kept.table();
        Measurement mx = xChoice.getValue(), my = yChoice.getValue();
        if (t == null || !t.has(mx) || !t.has(my)) {
            rows = new int[0];
            points.clearData();
            selected.clearData();
            return;
        }
        rows = kept.rows();
        double[] xs = new double[rows.length], ys = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            xs[i] = t.value(mx, rows[i]);
            ys[i] = t.value(my, rows[i]);
        }
        points.set(xs, ys);
        x.setName(ChartSupport.axisName(mx, t.units()));
        y.setName(ChartSupport.axisName(my, t.units()));
        showSelected();
    }

    private void showSelected() {
        chart.beforeDataChange();
        ParticleRef p = session.selectedProperty().get();
        if (p == null || p.table() != session.kept().table()) {
            selected.clearData();
            return;
        }
        selected.set(new double[]{p.value(xChoice.getValue())}, new double[]{p.value(yChoice.getValue())});
    }

    private void pick(MouseEvent e) {
        ParticleTable t = session.kept().table();
        if (t == null || rows.length == 0) {
            return;
        }
        int best = -1;
        double bestD = PICK_RADIUS_PX * PICK_RADIUS_PX;
        for (int i = 0; i < rows.length; i++) {
            double dx = x.getDisplayPosition(points.get(0, i)) - e.getX();
            double dy = y.getDisplayPosition(points.get(1, i)) - e.getY();
            double d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = rows[i];
            }
        }
        if (best >= 0) {
            session.selectedProperty().set(session.particles().get(best));
        }
    }
}
