package io.granula.app.gui.history;

import io.granula.app.gui.session.EditService;
import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.project.EditRecord;
import io.granula.app.project.ProjectStore;
import javafx.collections.FXCollections;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * The current image's edit history from the project (the audit trail): each edit with its time, author,
 * kind and the particles it touched; undone edits are marked, discarded ones (undone, then replaced by a
 * new edit) struck from redo. Reloaded after every edit and when the image changes.
 */
public final class HistoryPanel extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final ListView<EditRecord> list = new ListView<>(FXCollections.observableArrayList());
    private final WorkbenchSession session;
    private final Supplier<ProjectStore> store;

    public HistoryPanel(WorkbenchSession session, EditService edits, Supplier<ProjectStore> store) {
        this.session = session;
        this.store = store;
        setId("history");
        list.setPlaceholder(new javafx.scene.control.Label("No corrections on this image"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EditRecord e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : describe(e));
                setStyle(e != null && e.state() != EditRecord.State.APPLIED ? "-fx-opacity: 0.55;" : "");
            }
        });
        setCenter(list);
        session.currentProperty().addListener((o, was, now) -> reload());
        edits.lastEditProperty().addListener((o, was, now) -> reload());
    }

    public ListView<EditRecord> list() {
        return list;
    }

    /** One line: "3  merge  2024-05-01 10:12:03  alice  particles 4, 9  (undone)". */
    public static String describe(EditRecord e) {
        String state = switch (e.state()) {
            case APPLIED -> "";
            case UNDONE -> "  (undone)";
            case DISCARDED -> "  (discarded)";
        };
        List<Integer> t = e.touched();
        // a split's two new ids are the image's highest, so its sorted touched ids are: old, new, new
        String ids = e.kind().equals("split") && t.size() == 3 ? "particle " + t.get(0) + " into " + t.get(1) + ", " + t.get(2)
                : t.size() > 6 ? t.size() + " particles"
                : "particles " + String.join(", ", t.stream().map(String::valueOf).toList());
        return e.sequence() + "  " + e.kind() + "  " + TIME.format(e.at()) + "  " + e.author() + "  " + ids + state;
    }

    public void reload() {
        ImageEntry e = session.current();
        ProjectStore s = store.get();
        List<EditRecord> records = e == null || s == null ? List.of() : s.edits(e.imageId());
        list.getItems().setAll(records);
        if (!records.isEmpty()) {
            list.scrollTo(records.size() - 1);
        }
    }
}
