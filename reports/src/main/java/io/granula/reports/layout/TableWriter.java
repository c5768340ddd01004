package io.granula.reports.layout;

import java.util.List;

/**
 * Draws a {@link Table} into the flow: columns sized to their widest cell and widened evenly to
 * the content width, the header row repeated at the top of every page the table runs onto,
 * light banding of alternate rows. A table too wide for the page is set in a smaller type size
 * (never below {@link #MIN_SIZE}) rather than cut.
 */
public final class TableWriter {
    private static final float PAD_X = 4f;
    private static final float PAD_Y = 2.6f;
    private static final float MIN_SIZE = 5.5f;

    private final FlowDocument flow;

    public TableWriter(FlowDocument flow) {
        this.flow = flow;
    }

    public void write(Table table) {
        ReportStyle style = flow.style();
        TextStyle header = style.tableHeader();
        TextStyle cell = style.tableCell();
        float[] widths = naturalWidths(table, header, cell);
        float total = sum(widths);
        float available = flow.contentWidth();
        if (total > available) {
            float scale = Math.max(MIN_SIZE / cell.size(), available / total);
            header = header.withSize(header.size() * scale);
            cell = cell.withSize(cell.size() * scale);
            widths = naturalWidths(table, header, cell);
            total = sum(widths);
        }
        spread(widths, Math.max(0, available - total), table.columns());
        float rowHeight = cell.lineHeight() + 2 * PAD_Y;
        float headerHeight = header.lineHeight() + 2 * PAD_Y;

        // A table starts on a new page rather than show only its header at the bottom of one.
        flow.ensureSpace(headerHeight + 2 * rowHeight);
        drawHeader(table.columns(), widths, header, headerHeight);
        int band = 0;
        for (Table.Row row : table.rows()) {
            if (flow.remaining() < rowHeight) {
                flow.newPage();
                drawHeader(table.columns(), widths, header, headerHeight);
                band = 0;
            }
            Box box = flow.reserve(rowHeight);
            if (band++ % 2 == 1) {
                flow.painter().fillRect(box.x(), box.y(), box.width(), box.height(), style.band());
            }
            if (row.startsGroup()) {
                flow.painter().line(box.x(), box.top(), box.right(), box.top(), 0.5f, style.rule(), PdfPainter.SOLID);
            }
            drawCells(row.cells(), table.columns(), widths, cell, box);
        }
        flow.painter().line(flow.left(), flow.cursor(), flow.left() + flow.contentWidth(), flow.cursor(), 0.6f,
                style.accent(), PdfPainter.SOLID);
        flow.skip(cell.size());
    }

    private void drawHeader(List<Table.Column> columns, float[] widths, TextStyle header, float height) {
        Box box = flow.reserve(height);
        flow.painter().fillRect(box.x(), box.y(), box.width(), box.height(), flow.style().accent());
        drawCells(columns.stream().map(Table.Column::header).toList(), columns, widths, header, box);
    }

    private void drawCells(List<String> cells, List<Table.Column> columns, float[] widths, TextStyle ts, Box box) {
        float x = box.x();
        float baseline = box.y() + (box.height() - ts.font().capHeight(ts.size())) / 2;
        for (int i = 0; i < cells.size(); i++) {
            Align align = columns.get(i).align();
            float anchor = switch (align) {
                case LEFT -> x + PAD_X;
                case CENTER -> x + widths[i] / 2;
                case RIGHT -> x + widths[i] - PAD_X;
            };
            flow.painter().text(cells.get(i), anchor, baseline, ts, align);
            x += widths[i];
        }
    }

    private static float[] naturalWidths(Table table, TextStyle header, TextStyle cell) {
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.width(table.columns().get(i).header());
        }
        for (Table.Row row : table.rows()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], cell.width(row.cells().get(i)));
            }
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] += 2 * PAD_X;
        }
        return widths;
    }

    /**
     * Full-width tables read as part of the page; the spare width goes to the text columns so
     * that numbers stay close to their neighbours (evenly when all columns are numeric).
     */
    private static void spread(float[] widths, float extra, List<Table.Column> columns) {
        float textWidth = 0;
        for (int i = 0; i < widths.length; i++) {
            if (columns.get(i).align() == Align.LEFT) {
                textWidth += widths[i];
            }
        }
        for (int i = 0; i < widths.length; i++) {
            if (textWidth == 0) {
                widths[i] += extra / widths.length;
            } else if (columns.get(i).align() == Align.LEFT) {
                widths[i] += extra * widths[i] / textWidth;
            }
        }
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
