package io.granula.app.gui.panels;

import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.ScaleBarMark;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.gui.workflow.WorkbenchController;
import io.granula.app.gui.viewer.ViewerPane;
import io.granula.app.project.CalibrationOrigin;
import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The pixel size of the image on screen and where it came from (metadata, scale bar, typed, drawn), with
 * the two ways to override it: type a value ("5 nm/px"), or draw a line over something of known length
 * on the image and give that length. The project keeps every pixel size in its history and rescales the
 * stored measurements; the table, charts and details follow when the image is measured again.
 */
public final class CalibrationPanel extends VBox {
    private final WorkbenchSession session;
    private final Label shown = new Label();
    private final TextField typed = new TextField();
    private final ToggleButton draw = new ToggleButton("Draw a line...");
    /** Shown when the scale-bar reader found a reading it did not trust: the user checks it and confirms. */
    private final Label unconfirmed = new Label();
    private final Button confirm = new Button("Use this reading");
    private final VBox confirmBox = new VBox(4, unconfirmed, confirm);

    public CalibrationPanel(WorkbenchSession session, WorkbenchController controller, ViewerPane viewer) {
        this.session = session;
        setId("calibration");
        Label title = new Label("Calibration");
        title.getStyleClass().add("panel-title");
        shown.setId("calibration-shown");
        shown.setWrapText(true);
        typed.setId("calibration-typed");
        typed.setPromptText("e.g. 5 nm/px");
        typed.setPrefColumnCount(9);
        Button apply = new Button("Set");
        apply.setOnAction(e -> applyTyped(controller));
        typed.setOnAction(e -> applyTyped(controller));
        draw.setOnAction(e -> viewer.measureLine(draw.isSelected() ? px -> askLength(controller, px) : null));
        draw.setTooltip(new javafx.scene.control.Tooltip("Drag along the scale bar (or anything of known length), then give its length"));
        session.currentProperty().addListener((o, a, now) -> show(now));
        session.currentProperty().addListener((o, a, now) -> draw.setSelected(false));
        session.images().addListener((javafx.collections.ListChangeListener<ImageEntry>) c -> show(session.current()));
        unconfirmed.setId("calibration-unconfirmed");
        unconfirmed.setWrapText(true);
        unconfirmed.setStyle("-fx-text-fill: #9a5b00;");
        confirm.setId("calibration-confirm");
        confirm.setOnAction(e -> confirmReading(controller));
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());
        setPadding(new Insets(4));
        setSpacing(4);
        getChildren().addAll(title, shown, confirmBox, new FlowPane(6, 4, typed, apply, draw));
        show(null);
    }

    private void show(ImageEntry e) {
        ImageResult r = e == null ? null : e.result();
        shown.setText(r == null ? "No image on screen" : describe(r.calibration()));
        ScaleBarMark bar = r == null ? null : r.scaleBar();
        boolean ask = bar != null && bar.needsConfirmation() && Double.isFinite(bar.readNmPerPixel())
                && r.calibration().source() != CalibrationSource.USER;
        confirmBox.setVisible(ask);
        if (ask) {
            unconfirmed.setText(unconfirmedText(bar));
        }
    }

    /** Why a reading waits for the user, and what using it would give. */
    public static String unconfirmedText(ScaleBarMark bar) {
        return String.format(Locale.ROOT, "The scale bar seems to read \"%s\" (%s nm/px), but the reading is uncertain"
                + " (confidence %.2f) and is not used. Check the boxed bar on the image, then use it or set the size below.",
                bar.text().strip(), fourDigits(bar.readNmPerPixel()), bar.confidence());
    }

    private void confirmReading(WorkbenchController controller) {
        ImageEntry e = session.current();
        ScaleBarMark bar = e == null || e.result() == null ? null : e.result().scaleBar();
        if (bar == null || !Double.isFinite(bar.readNmPerPixel())) {
            return;
        }
        controller.setCalibration(e, bar.readNmPerPixel(), CalibrationOrigin.TYPED,
                "confirmed: the scale bar's \"" + bar.text().strip() + "\"");
    }

    /** "4.5 nm/px, from the scale bar (500 nm bar, 111 px)". */
    public static String describe(Calibration c) {
        if (!c.isCalibrated()) {
            return "Not calibrated: sizes in pixels. Type the pixel size or draw a line of known length.";
        }
        String source = switch (c.source()) {
            case METADATA -> "from the file's metadata";
            case SCALE_BAR -> "from the scale bar";
            case USER -> c.detail() != null && c.detail().startsWith("drawn") ? "drawn by the user"
                    : c.detail() != null && c.detail().startsWith("confirmed") ? "confirmed by the user" : "typed by the user";
            case NONE -> "";
        };
        String detail = c.detail() == null || c.detail().isBlank() ? "" : " (" + c.detail() + ")";
        return fourDigits(c.nmPerPixel()) + " nm/px, " + source + detail;
    }

    private static String fourDigits(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }

    private void applyTyped(WorkbenchController controller) {
        ImageEntry e = session.current();
        if (e == null || typed.getText().isBlank()) {
            return;
        }
        try {
            Calibration c = Calibration.parseUser(typed.getText());
            controller.setCalibration(e, c.nmPerPixel(), CalibrationOrigin.TYPED, "typed: " + typed.getText().trim());
            typed.clear();
        } catch (IllegalArgumentException ex) {
            controller.noticeProperty().set(e.name() + ": " + ex.getMessage());
        }
    }

    /** After a line of {@code pixels} was drawn: its length in physical units gives the pixel size. */
    private void askLength(WorkbenchController controller, double pixels) {
        draw.setSelected(false);
        ImageEntry e = session.current();
        if (e == null || !(pixels >= 2)) {
            return;
        }
        TextInputDialog ask = new TextInputDialog("");
        ask.setTitle("Known length");
        ask.setHeaderText(String.format(Locale.ROOT, "The line is %.1f px long. How long is it on the sample?", pixels));
        ask.setContentText("Length (e.g. 500 nm, 2 µm):");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.showAndWait().ifPresent(text -> {
            try {
                double nmPerPx = lengthNm(text) / pixels;
                if (!Calibration.inRange(nmPerPx)) {
                    throw new IllegalArgumentException("that gives " + nmPerPx + " nm/px, outside 1 pm/px to 1 m/px");
                }
                controller.setCalibration(e, nmPerPx, CalibrationOrigin.DRAWN,
                        String.format(Locale.ROOT, "drawn: %s over %.1f px", text.trim(), pixels));
            } catch (IllegalArgumentException ex) {
                controller.noticeProperty().set(e.name() + ": " + ex.getMessage());
            }
        });
    }

    /** "500 nm", "2 µm", "0.5mm" in nanometres. */
    static double lengthNm(String text) {
        var m = java.util.regex.Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:e[-+]?[0-9]+)?)\\s*(pm|nm|um|µm|μm|mm|m)\\s*")
                .matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read the length '" + text.trim() + "': expected e.g. \"500 nm\" or \"2 µm\"");
        }
        double v = Double.parseDouble(m.group(1));
        if (!(v > 0)) {
            throw new IllegalArgumentException("the length must be positive: '" + text.trim() + "'");
        }
        return v * Calibration.nanometresPer(m.group(2));
    }
}
