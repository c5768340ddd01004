package io.granula.reports.layout;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper sizes the report is laid out for, in PDF points (1/72 inch). */
public enum PageSize {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    private final PDRectangle rectangle;

    PageSize(PDRectangle rectangle) {
        this.rectangle = rectangle;
    }

    public PDRectangle rectangle() {
        return new PDRectangle(rectangle.getWidth(), rectangle.getHeight());
    }

    public float width() {
        return rectangle.getWidth();
    }

    public float height() {
        return rectangle.getHeight();
    }
}
