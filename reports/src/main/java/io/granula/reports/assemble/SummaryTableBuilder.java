package io.granula.reports.assemble;

import io.granula.core.measure.Measurement;
import io.granula.core.stats.Weighting;
import io.granula.reports.layout.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-sample summary: one row per measurement and sample, plus the volume-weighted ECD
 * D-values (Dv10, Dv50, Dv90: what laser diffraction reports, so results compare with it).
 */
public final class SummaryTableBuilder {
    public static final String VOLUME_ROW = "ECD by volume";

    private SummaryTableBuilder() {
    }

    public static Table build(List<PooledSample> samples, List<Measurement> measurements, ReportUnits units,
                              StatisticsRows stats) {
        List<Table.Row> rows = new ArrayList<>();
        for (PooledSample sample : samples) {
            boolean first = true;
            for (Measurement m : measurements) {
                if (!sample.has(m)) {
                    continue;
                }
                List<String> leading = List.of(first ? sample.name() : "", MeasurementNames.name(m), units.display(m.unitKind()));
                rows.add(StatisticsRows.row(leading, stats.cells(sample.descriptive(m), sample.tenFiftyNinety(m)), first));
                first = false;
                if (m == Measurement.ECD) {
                    rows.add(StatisticsRows.row(List.of("", VOLUME_ROW, units.display(m.unitKind())),
                            stats.dValueCells(sample.ecdDValues(Weighting.VOLUME)), false));
                }
            }
        }
        return new Table(StatisticsRows.columns("Sample", "Measurement", "Unit"), rows);
    }

    public static String note() {
        return "N: particles kept by the filters. Std: sample standard deviation (n − 1). D10, D50, D90: the values "
                + "below which 10 %, 50 %, 90 % of the particles lie by number; on the \"" + VOLUME_ROW + "\" rows, by "
                + "volume of the sphere of the same ECD (Dv10, Dv50, Dv90, ISO 9276-2).";
    }
}
