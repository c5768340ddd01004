package io.granula.app.gui.panels;

import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.gui.session.WorkbenchSession;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The project's images, sample first ("precursor-A / A-01"), each with its status: particle count,
 * "analysing", or the message of a failure in red. Selecting an image shows it.
 */
public final class ImageListPanel extends VBox {
    private final ListView<ImageEntry> list = new ListView<>();

    public ImageListPanel(WorkbenchSession session) {
        setId("images");
        list.setItems(session.images());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new EntryCell());
        list.setPlaceholder(new Label("No images yet:\nFile > Add images (Ctrl+I)\nor drop files here"));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                session.currentProperty().set(now);
            }
        });
        session.currentProperty().addListener((o, a, now) -> {
            if (now != null && !list.getSelectionModel().getSelectedItems().contains(now)) {
                list.getSelectionModel().clearAndSelect(session.images().indexOf(now));
            }
        });
        Label title = new Label("Images");
        title.getStyleClass().add("panel-title");
        VBox.setVgrow(list, Priority.ALWAYS);
        setPadding(new Insets(4));
        setSpacing(4);
        getChildren().addAll(title, list);
        setPrefWidth(230);
    }

    public ListView<ImageEntry> list() {
        return list;
    }

    private static final class EntryCell extends ListCell<ImageEntry> {
        @Override
        protected void updateItem(ImageEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setText(null);
                setTooltip(null);
                setStyle("");
                return;
            }
            String status = switch (e.status()) {
                case ANALYSED -> e.messageProperty().get();
                case FAILED -> "failed: " + e.messageProperty().get();
                default -> e.status().text();
            };
            // grouped by sample: the sample's name heads its first image (the store lists images by sample)
            int i = getIndex();
            var items = getListView().getItems();
            boolean first = i == 0 || i > items.size() - 1 || !items.get(i - 1).sample().equals(e.sample());
            String header = first && !e.sample().isEmpty() ? "\u25BE " + e.sample() + "\n" : "";
            setText(header + "   " + e.name() + "\n      " + status);
            setTooltip(new Tooltip(e.path() + "\n" + status));
            setStyle(e.status() == ImageStatus.FAILED || e.status() == ImageStatus.MISSING ? "-fx-text-fill: #c0392b;" : "");
        }
    }
}
