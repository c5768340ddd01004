package io.granula.app.gui.tools;

import io.granula.app.gui.viewer.Navigation;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.List;

/** How tools draw what is being drawn: a yellow line over image points, a dashed rectangle, a circle. */
final class Marks {
    static final Color INK = Color.web("#ffd400");

    private Marks() {
    }

    static void polyline(GraphicsContext gc, Navigation nav, List<double[]> points, boolean closed) {
        if (points.isEmpty()) {
            return;
        }
        gc.setStroke(INK);
        gc.setLineWidth(1.5);
        gc.setLineDashes();
        gc.beginPath();
        gc.moveTo(nav.toScreenX(points.get(0)[0]), nav.toScreenY(points.get(0)[1]));
        for (double[] p : points) {
            gc.lineTo(nav.toScreenX(p[0]), nav.toScreenY(p[1]));
        }
        if (closed) {
            gc.closePath();
        }
        gc.stroke();
    }

    static void rectangle(GraphicsContext gc, Navigation nav, double x0, double y0, double x1, double y1) {
        gc.setStroke(INK);
        gc.setLineWidth(1.5);
        gc.setLineDashes(6, 4);
        double sx = nav.toScreenX(Math.min(x0, x1)), sy = nav.toScreenY(Math.min(y0, y1));
        gc.strokeRect(sx, sy, Math.abs(x1 - x0) * nav.scale(), Math.abs(y1 - y0) * nav.scale());
        gc.setLineDashes();
    }

    static void circle(GraphicsContext gc, Navigation nav, double x, double y, double radius) {
        gc.setStroke(INK);
        gc.setLineWidth(1.5);
        gc.setLineDashes();
        double r = radius * nav.scale();
        gc.strokeOval(nav.toScreenX(x) - r, nav.toScreenY(y) - r, 2 * r, 2 * r);
    }
}
