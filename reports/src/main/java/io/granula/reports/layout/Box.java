package io.granula.reports.layout;

/** A rectangle on the page in PDF points, origin bottom-left as PDF has it. */
public record Box(float x, float y, float width, float height) {
    public float right() {
        return x + width;
    }

    public float top() {
        return y + height;
    }

    public Box inset(float left, float bottom, float right, float top) {
        return new Box(x + left, y + bottom, width - left - right, height - bottom - top);
    }
}
