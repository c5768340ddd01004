package io.granula.app.gui.viewer;

import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;

/**
 * The short summary shown beside the mouse over a particle: its label, equivalent circle diameter and area
 * in the calibration's units, circularity and aspect ratio, and whether the filter keeps it.
 */
public final class HoverSummary {
    private HoverSummary() {
    }

    public static String text(ParticleTable t, int row, boolean kept) {
        var u = t.units();
        return "#" + t.label(row)
                + "  ECD " + value(t, Measurement.ECD, row) + suffix(u.displayUnit(Measurement.ECD.unitKind()))
                + "  area " + value(t, Measurement.AREA, row) + suffix(u.displayUnit(Measurement.AREA.unitKind()))
                + "\ncirc. " + value(t, Measurement.CIRCULARITY, row) + "  AR " + value(t, Measurement.ASPECT_RATIO, row)
                + (t.isEdgeTouching(row) ? "  touches the border" : "") + (kept ? "" : "  (filtered out)");
    }

    private static String value(ParticleTable t, Measurement m, int row) {
        return t.has(m) ? ViewerPainter.number(t.value(m, row)) : "-";
    }

    private static String suffix(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }
}
