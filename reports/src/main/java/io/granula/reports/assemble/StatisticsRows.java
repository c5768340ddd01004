package io.granula.reports.assemble;

import io.granula.core.stats.DValues;
import io.granula.core.stats.Descriptive;
import io.granula.reports.format.ReportNumberFormat;
import io.granula.reports.layout.Align;
import io.granula.reports.layout.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The statistic columns shared by the summary table and the image pages: N, Mean, Std, Min, Max,
 * D10, D50, D90, each cell formatted by the report's one {@link ReportNumberFormat}.
 */
public final class StatisticsRows {
    public static final List<String> HEADERS = List.of("N", "Mean", "Std", "Min", "Max", "D10", "D50", "D90");

    private final ReportNumberFormat format;

    public StatisticsRows(ReportNumberFormat format) {
        this.format = format;
    }

    public ReportNumberFormat format() {
        return format;
    }

    /** Leading text columns followed by the eight statistic columns. */
    public static List<Table.Column> columns(String... leading) {
        List<Table.Column> columns = new ArrayList<>();
        for (String s : leading) {
            columns.add(new Table.Column(s, Align.LEFT));
        }
        for (String h : HEADERS) {
            columns.add(new Table.Column(h, Align.RIGHT));
        }
        return columns;
    }

    /** The eight cells of one measurement. */
    public List<String> cells(Descriptive d, double[] tenFiftyNinety) {
        return List.of(format.format((long) d.n()), format.format(d.mean()), format.format(d.std()),
                format.format(d.min()), format.format(d.max()), format.format(tenFiftyNinety[0]),
                format.format(tenFiftyNinety[1]), format.format(tenFiftyNinety[2]));
    }

    /** The cells of a weighted D-value row: only the three D-values, the other statistics are the number row's. */
    public List<String> dValueCells(DValues d) {
        return List.of("", "", "", "", "", format.format(d.d10()), format.format(d.d50()), format.format(d.d90()));
    }

    public static Table.Row row(List<String> leading, List<String> stats, boolean startsGroup) {
        List<String> cells = new ArrayList<>(leading);
        cells.addAll(stats);
        return new Table.Row(cells, startsGroup);
    }
}
