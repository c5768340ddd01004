package io.granula.app.gui.table;

import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementUnits;

import java.util.List;
import java.util.Locale;

/** Which measurements the table shows first, and how a value and its heading are written. */
public final class Columns {
    /** The columns a microscopist reads first; the details panel lists every measurement. */
    public static final List<Measurement> SHOWN = List.of(Measurement.ECD, Measurement.AREA, Measurement.FERET,
            Measurement.MIN_FERET, Measurement.ASPECT_RATIO, Measurement.CIRCULARITY, Measurement.SOLIDITY,
            Measurement.MEAN_INTENSITY);

    private Columns() {
    }

    /** "ECD (nm)", "circularity". */
    public static String heading(Measurement m, MeasurementUnits units) {
        String unit = units == null ? "" : units.displayUnit(m.unitKind());
        String name = m == Measurement.ECD ? "ECD" : m.key().replace('_', ' ');
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    /** Four significant digits, decimal point always '.'. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double a = Math.abs(v);
        if (a >= 1000 || a == Math.rint(a)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 10 ? "%.2f" : "%.3f", v);
    }
}
