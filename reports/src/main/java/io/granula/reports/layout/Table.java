package io.granula.reports.layout;

import java.util.List;

/**
 * Cells as text, already formatted: the table never formats numbers itself, so what it prints is
 * exactly what {@link io.granula.reports.format.ReportNumberFormat} produced.
 */
public record Table(List<Column> columns, List<Row> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.cells().size() + " cells, table has "
                        + columns.size() + " columns: " + row.cells());
            }
        }
    }

    /** Numbers right-aligned so that digits of equal place line up; text left-aligned. */
    public record Column(String header, Align align) {
    }

    /** @param startsGroup draws a rule above the row: the first row of each sample in a grouped table */
    public record Row(List<String> cells, boolean startsGroup) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }
    }
}
