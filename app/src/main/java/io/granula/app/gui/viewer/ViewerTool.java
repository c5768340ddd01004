package io.granula.app.gui.viewer;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;

/**
 * A tool that takes the viewer's mouse input (an editing tool): it sees every mouse event on the canvas
 * first, with the image position under the pointer, and draws its own marks (cursor circle, line being
 * drawn) on top of each frame. An event the tool takes is neither a pan nor a selection click.
 */
public interface ViewerTool {
    /**
     * @param imageX the pointer's position in image pixels (fractional; may lie outside the image)
     * @return true when the tool used the event
     */
    boolean mouse(MouseEvent e, double imageX, double imageY);

    /** Draws the tool's marks over the frame (screen coordinates through {@code nav}). */
    default void paint(GraphicsContext gc, Navigation nav) {
    }
}
