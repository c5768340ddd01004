package io.granula.reports.assemble;

import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementRange;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleTable;
import io.granula.reports.format.ReportNumberFormat;
import io.granula.reports.settings.RangeFilter;
import io.granula.reports.settings.ReportSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings' filters as the statistics package's {@link ParticleFilter}, one per image. Bounds
 * are written in the report's unit (what the user reads in the summary), so each image gets them
 * converted to its own table's unit: "ECD >= 20 nm" keeps the same particles in an image
 * measured in µm.
 */
public final class FilterPlan {
    private final List<RangeFilter> filters;
    private final List<Measurement> measurements;
    private final boolean excludeEdge;
    private final ReportUnits units;

    public FilterPlan(ReportSettings settings, ReportUnits units) {
        this.filters = settings.filters();
        this.measurements = new ArrayList<>();
        for (RangeFilter f : filters) {
            measurements.add(MeasurementNames.require(f.measurement(), "filter"));
        }
        this.excludeEdge = settings.excludeEdge();
        this.units = units;
    }

    public ParticleFilter filterFor(ParticleTable table) {
        List<MeasurementRange> ranges = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            Measurement m = measurements.get(i);
            RangeFilter f = filters.get(i);
            double toTable = 1.0 / units.factorFrom(table.units(), m.unitKind());
            double min = f.min() == null ? Double.NEGATIVE_INFINITY : f.min() * toTable;
            double max = f.max() == null ? Double.POSITIVE_INFINITY : f.max() * toTable;
            ranges.add(new MeasurementRange(m, min, max));
        }
        return new ParticleFilter(ranges, excludeEdge);
    }

    /** Rows of {@code table} kept, ascending. */
    public int[] select(ParticleTable table) {
        return filterFor(table).select(table);
    }

    /** One sentence per filter for the methods section, bounds in the report's unit. */
    public List<String> describe(ReportNumberFormat format) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            Measurement m = measurements.get(i);
            RangeFilter f = filters.get(i);
            String unit = units.display(m.unitKind());
            String u = unit.isEmpty() ? "" : " " + unit;
            String name = MeasurementNames.name(m);
            if (f.min() != null && f.max() != null) {
                lines.add(name + " from " + format.format(f.min()) + " to " + format.format(f.max()) + u + " (inclusive)");
            } else if (f.min() != null) {
                lines.add(name + " ≥ " + format.format(f.min()) + u);
            } else if (f.max() != null) {
                lines.add(name + " ≤ " + format.format(f.max()) + u);
            }
        }
        if (excludeEdge) {
            lines.add("Particles touching the image border are excluded (they may be cut).");
        }
        return lines;
    }
}
