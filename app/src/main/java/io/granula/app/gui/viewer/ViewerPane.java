package io.granula.app.gui.viewer;

import io.granula.app.gui.session.AnnotationMark;
import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.KeptRows;
import io.granula.app.gui.session.ParticleRef;
import io.granula.app.gui.session.TouchedRegion;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import io.granula.core.measure.UnitKind;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.util.function.DoubleConsumer;

/**
 * The image viewer: one canvas showing the current image of the session with its masks, the selected
 * particle and a scale bar. Drag to pan, wheel to zoom at the cursor, click a particle to select it; a
 * selection made elsewhere (table, scatter plot) centres the view on the particle. Layers are cached
 * textures ({@link TileLayer}), so a frame costs a few texture draws whatever the particle count.
 */
public final class ViewerPane extends Region {
    private static final double WHEEL_ZOOM = 1.0025;
    /** How long after the last pan or zoom the view counts as still and is drawn smoothed again. */
    private static final Duration SETTLE = Duration.millis(150);

    private final WorkbenchSession session;
    private final Canvas canvas = new Canvas();
    private final Navigation nav = new Navigation();
    private final ObjectProperty<OverlayStyle> style = new SimpleObjectProperty<>(this, "style", OverlayStyle.DEFAULT);
    private final ObjectProperty<DisplayLimits> limits = new SimpleObjectProperty<>(this, "limits");
    private final ObjectProperty<ViewerTool> tool = new SimpleObjectProperty<>(this, "tool");
    private final ReadOnlyObjectWrapper<HoverInfo> hover = new ReadOnlyObjectWrapper<>(this, "hover", HoverInfo.OUTSIDE);
    private ImageTiles imageTiles;
    private OverlayTiles overlayTiles;
    private ImageResult shown;
    /** Where the edits shown but not yet redrawn in the overlay changed the masks, or null. */
    private TouchedRegion edited;
    private double pressX, pressY, lastX, lastY;
    private boolean dragged;
    private boolean selectingHere;
    private boolean redrawQueued;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private boolean moving;
    private boolean smoothWhileMoving;
    private double hoverX, hoverY;
    private DoubleConsumer lineDone;
    private final ChangeListener<ImageResult> resultChanged = (o, was, now) -> load(now, true);

    public ViewerPane(WorkbenchSession session) {
        this.session = session;
        getStyleClass().add("viewer");
        setId("viewer");
        getChildren().add(canvas);
        setMinSize(200, 150);
        nav.addListener(this::navigated);
        settle.setOnFinished(e -> {
            moving = false;
            redraw(); // the still view, smoothed
        });
        session.currentProperty().addListener((o, was, now) -> show(was, now));
        style.addListener((o, was, now) -> restyleOverlay());
        limits.addListener((o, was, now) -> {
            if (imageTiles != null && now != null) {
                imageTiles.setLimits(now);
                redraw();
            }
        });
        session.keptProperty().addListener((o, was, now) -> restyleOverlay());
        session.selectedProperty().addListener((o, was, now) -> {
            if (now != null && !selectingHere) {
                centreOn(now);
            }
            redraw();
        });
        canvas.addEventFilter(MouseEvent.ANY, e -> {
            ViewerTool t = tool.get();
            if (t != null && shown != null && t.mouse(e, nav.toImageX(e.getX()), nav.toImageY(e.getY()))) {
                if (e.getEventType() == MouseEvent.MOUSE_MOVED) {
                    hover.set(infoAt(e.getX(), e.getY()));
                }
                e.consume();
            }
        });
        tool.addListener((o, was, now) -> redraw());
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            nav.zoomAt(e.getX(), e.getY(), Math.pow(WHEEL_ZOOM, e.getDeltaY()));
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
            dragged = false;
            canvas.requestFocus();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (lineDone != null) { // measuring a line, not panning
                lastX = e.getX();
                lastY = e.getY();
                requestRedraw();
                return;
            }
            if (Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 3) {
                dragged = true;
            }
            nav.pan(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (lineDone != null) {
                double dx = nav.toImageX(e.getX()) - nav.toImageX(pressX), dy = nav.toImageY(e.getY()) - nav.toImageY(pressY);
                DoubleConsumer done = lineDone;
                lineDone = null;
                requestRedraw();
                done.accept(Math.hypot(dx, dy));
                return;
            }
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                selectAt(e.getX(), e.getY());
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            hoverX = e.getX();
            hoverY = e.getY();
            HoverInfo was = hover.get();
            hover.set(infoAt(e.getX(), e.getY()));
            if (was.label() != 0 || hover.get().label() != 0) {
                requestRedraw(); // the summary follows the mouse over particles
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hover.set(HoverInfo.OUTSIDE);
            requestRedraw();
        });
    }

    public Navigation navigation() {
        return nav;
    }

    /**
     * Whether the image is drawn smoothed (bilinear) while the view pans or zooms too, not only once it is
     * still; off by default (see {@link #redraw}). The benchmark compares both in one run.
     */
    public void setSmoothWhileMoving(boolean smooth) {
        smoothWhileMoving = smooth;
    }

    /** The editing tool that takes mouse input first; null: pan and select. */
    public ObjectProperty<ViewerTool> toolProperty() {
        return tool;
    }

    /**
     * Arms the line tool for calibration: the next drag draws a line instead of panning, and its length in
     * image pixels goes to {@code done}; null disarms it.
     */
    public void measureLine(DoubleConsumer done) {
        lineDone = done;
        canvas.setCursor(done == null ? javafx.scene.Cursor.DEFAULT : javafx.scene.Cursor.CROSSHAIR);
    }

    public ObjectProperty<OverlayStyle> overlayStyleProperty() {
        return style;
    }

    public ObjectProperty<DisplayLimits> limitsProperty() {
        return limits;
    }

    /** The pixel under the mouse, for the status bar and the hover summary. */
    public ReadOnlyObjectProperty<HoverInfo> pointerProperty() {
        return hover.getReadOnlyProperty();
    }

    /** The overlay layer (tests check which of its textures an edit kept). */
    OverlayTiles overlay() {
        return overlayTiles;
    }

    /** The image on screen, or null. */
    public ImageResult shown() {
        return shown;
    }

    public void fit() {
        if (shown != null) {
            nav.fit(shown.image().width(), shown.image().height(), getWidth(), getHeight());
        }
    }

    public void oneToOne() {
        nav.oneToOne(getWidth(), getHeight());
    }

    public void zoom(double factor) {
        nav.zoomAt(getWidth() / 2, getHeight() / 2, factor);
    }

    /** The screen position of an image point inside this pane (for tests that click a particle). */
    public double[] toScreen(double imageX, double imageY) {
        return new double[]{nav.toScreenX(imageX), nav.toScreenY(imageY)};
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        boolean first = canvas.getWidth() == 0;
        canvas.setWidth(w);
        canvas.setHeight(h);
        if (first && shown != null) {
            fit();
        }
        redraw();
    }

    private void show(ImageEntry was, ImageEntry entry) {
        if (was != null) {
            was.resultProperty().removeListener(resultChanged);
        }
        if (entry != null) {
            entry.resultProperty().addListener(resultChanged);
        }
        load(entry == null ? null : entry.result(), true);
    }

    private void load(ImageResult result, boolean refit) {
        boolean sameImage = shown != null && result != null && shown.image() == result.image();
        shown = result;
        if (result == null) {
            imageTiles = null;
            overlayTiles = null;
            edited = null;
            redraw();
            return;
        }
        if (!sameImage) {
            DisplayLimits auto = DisplayLimits.auto(result.autoRange());
            imageTiles = new ImageTiles(result.image(), auto);
            imageTiles.setOnTileReady(this::requestRedraw);
            limits.set(auto);
        }
        if (sameImage && overlayTiles != null && result.labels() != null && result.touched() != null) {
            // a hand edit: keep the overlay's textures and remake those it touched once the kept rows
            // of the new table are known (restyleOverlay); a new overlay would show nothing until remade
            edited = edited == null ? result.touched() : edited.union(result.touched());
        } else {
            edited = null;
            overlayTiles = result.labels() == null ? null : new OverlayTiles(result.labels());
            if (overlayTiles != null) {
                overlayTiles.setOnTileReady(this::requestRedraw);
            }
        }
        restyleOverlay();
        if (refit && !sameImage) {
            fit();
        }
        redraw();
    }

    private void restyleOverlay() {
        if (overlayTiles != null && shown != null && shown.particles() != null) {
            KeptRows kept = session.kept();
            if (kept.table() == shown.particles()) {
                OverlayColours colours = OverlayColours.of(shown.particles(), kept, style.get());
                if (edited != null) {
                    overlayTiles.edited(shown.labels(), colours, style.get().fill(), edited);
                    edited = null;
                } else {
                    overlayTiles.setStyle(colours, style.get().fill());
                }
            }
        }
        redraw();
    }

    private void centreOn(ParticleRef p) {
        ParticleTable t = p.table();
        double perPx = t.units().unitsPerPixel();
        double cx = t.value(Measurement.CENTROID_X, p.row()) / perPx;
        double cy = t.value(Measurement.CENTROID_Y, p.row()) / perPx;
        nav.centreOn(cx, cy, getWidth(), getHeight());
    }

    private void selectAt(double sx, double sy) {
        HoverInfo info = infoAt(sx, sy);
        selectInPlace(info.inside() ? info.label() : 0);
    }

    /** Selects a particle without centring the view on it (it was picked or made where the user is looking). */
    public void selectInPlace(int label) {
        selectingHere = true;
        try {
            session.selectLabel(label);
        } finally {
            selectingHere = false;
        }
    }

    private HoverInfo infoAt(double sx, double sy) {
        if (shown == null) {
            return HoverInfo.OUTSIDE;
        }
        int x = (int) Math.floor(nav.toImageX(sx)), y = (int) Math.floor(nav.toImageY(sy));
        int w = shown.image().width(), h = shown.image().height();
        if (x < 0 || y < 0 || x >= w || y >= h) {
            return HoverInfo.OUTSIDE;
        }
        int label = shown.labels() == null ? 0 : shown.labels().get(x, y);
        return new HoverInfo(true, x, y, shown.image().toGray().get(0, x, y), label);
    }

    /**
     * Paints once before the next frame however many times it is asked (a burst of wheel or drag events
     * between two pulses costs one repaint, not one each).
     */
    public void requestRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(this::redraw);
        }
    }

    /** Paints one frame now. */
    public void redraw() {
        redrawQueued = false;
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h); // a whole-canvas clear drops the commands of the previous frame
        if (imageTiles == null) {
            gc.setFill(ViewerPainter.BACKGROUND);
            gc.fillRect(0, 0, w, h);
            ViewerPainter.message(gc, messageWithoutImage(), w, h);
            return;
        }
        ViewerPainter.fillAround(gc, nav, imageTiles.width(), imageTiles.height(), w, h);
        // Bilinear sampling of a zoomed-out level made the slowest frames of the software pipeline (the
        // p95 of scripts/bench.sh viewer); while the view moves, nearest texels are drawn, and the still
        // view is redrawn smoothed SETTLE later, as map viewers do.
        boolean smooth = nav.scale() < 1 && (!moving || smoothWhileMoving);
        ViewerPainter.drawLayer(gc, imageTiles, nav, w, h, smooth);
        OverlayStyle st = style.get();
        if (overlayTiles != null && st.visible()) {
            ViewerPainter.drawLayer(gc, overlayTiles, nav, w, h, false);
        }
        ParticleRef sel = session.selectedProperty().get();
        if (sel != null && shown.particles() == sel.table()) {
            ViewerPainter.drawSelection(gc, sel.table().outline(sel.row()), nav);
        }
        for (AnnotationMark area : shown.leftOut()) {
            ViewerPainter.drawLeftOut(gc, area, nav);
        }
        if (shown.scaleBar() != null) {
            ViewerPainter.drawScaleBarMark(gc, shown.scaleBar(), nav);
        }
        if (shown.calibration().isCalibrated() && shown.particles() != null) {
            var units = shown.particles().units();
            ViewerPainter.drawScreenScaleBar(gc, units.unitsPerPixel(),
                    units.displayUnit(UnitKind.LENGTH), nav, w, h);
        }
        if (lineDone != null && (lastX != pressX || lastY != pressY)) {
            gc.setStroke(javafx.scene.paint.Color.rgb(255, 200, 0));
            gc.setLineWidth(2);
            gc.strokeLine(pressX, pressY, lastX, lastY);
        }
        HoverInfo over = hover.get();
        int hoverRow = over.label() > 0 && shown.particles() != null ? shown.particles().rowOf(over.label()) : -1;
        if (hoverRow >= 0) {
            boolean kept = session.kept().table() != shown.particles() || session.kept().isKept(hoverRow);
            ViewerPainter.drawHoverSummary(gc, HoverSummary.text(shown.particles(), hoverRow, kept), hoverX, hoverY, w, h);
        }
        if (overlayTiles != null && st.visible() && st.colouring() == OverlayStyle.Colouring.BY_MEASUREMENT) {
            OverlayColours c = overlayTiles.colours();
            String unit = shown.particles().units().displayUnit(st.measurement().unitKind());
            ViewerPainter.drawLegend(gc, st.measurement().key() + (unit.isEmpty() ? "" : " (" + unit + ")"),
                    c.low(), c.high(), w, h);
        }
        if (tool.get() != null) {
            tool.get().paint(gc, nav);
        }
    }

    private void navigated() {
        moving = true;
        settle.playFromStart();
        requestRedraw();
    }

    private String messageWithoutImage() {
        ImageEntry e = session.current();
        if (e == null) {
            return session.images().isEmpty()
                    ? "Add images (Ctrl+I) or drop files and folders here"
                    : "Select an image on the left";
        }
        return switch (e.status()) {
            case FAILED -> e.name() + ": " + e.messageProperty().get();
            case MISSING -> e.name() + ": the file is missing";
            default -> "Loading " + e.name() + "...";
        };
    }
}
