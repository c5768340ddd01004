package io.granula.app.gui.table;

import io.granula.app.gui.session.KeptRows;
import io.granula.app.gui.session.ParticleRef;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleTable;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Predicate;

/**
 * The particles of the current image that pass the filter, sortable by any column and searchable by
 * label. A {@link FilteredList} over the session's particles with a {@link SortedList} on top (QuPath's
 * measurement table does the same); selecting a row selects the particle everywhere, and a selection
 * made in the viewer or a chart scrolls the table to it.
 */
public final class ParticleTablePane extends VBox {
    private final WorkbenchSession session;
    private final TableView<ParticleRef> table = new TableView<>();
    private final FilteredList<ParticleRef> filtered;
    private final TextField search = new TextField();
    private final Label count = new Label();
    private boolean syncing;

    public ParticleTablePane(WorkbenchSession session) {
        this.session = session;
        filtered = new FilteredList<>(session.particles());
        SortedList<ParticleRef> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("particle-table");
        table.setPlaceholder(new Label("No particles: analyse the image, or widen the filter"));
        table.getColumns().add(labelColumn());
        session.currentProperty().addListener((o, was, now) -> rebuildColumns());
        session.particles().addListener((javafx.collections.ListChangeListener<ParticleRef>) c -> rebuildColumns());
        session.keptProperty().addListener((o, was, now) -> refilter());
        search.textProperty().addListener((o, was, now) -> refilter());
        search.setPromptText("Search: particle number, e.g. 42");
        search.setId("particle-search");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                syncing = true;
                session.selectedProperty().set(now);
                syncing = false;
            }
        });
        session.selectedProperty().addListener((o, was, now) -> showSelection(now));
        HBox bar = new HBox(8, search, count);
        HBox.setHgrow(search, Priority.ALWAYS);
        bar.setPadding(new Insets(4));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    public TableView<ParticleRef> table() {
        return table;
    }

    private void refilter() {
        KeptRows kept = session.kept();
        String text = search.getText() == null ? "" : search.getText().trim();
        Predicate<ParticleRef> p = r -> kept.isKept(r.row()) && (text.isEmpty() || Integer.toString(r.label()).startsWith(text));
        filtered.setPredicate(p);
        count.setText(kept.count() + " of " + session.particles().size() + " particles");
    }

    private void rebuildColumns() {
        ParticleTable t = session.currentTable();
        table.getColumns().setAll(labelColumn());
        if (t != null) {
            for (Measurement m : Columns.SHOWN) {
                if (t.has(m)) {
                    table.getColumns().add(valueColumn(m, Columns.heading(m, t.units())));
                }
            }
            TableColumn<ParticleRef, String> edge = new TableColumn<>("edge");
            edge.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().table().isEdgeTouching(c.getValue().row()) ? "cut" : ""));
            edge.setPrefWidth(50);
            table.getColumns().add(edge);
        }
        refilter();
    }

    private static TableColumn<ParticleRef, Number> labelColumn() {
        TableColumn<ParticleRef, Number> c = new TableColumn<>("#");
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().label()));
        c.setPrefWidth(60);
        return c;
    }

    private static TableColumn<ParticleRef, Number> valueColumn(Measurement m, String heading) {
        TableColumn<ParticleRef, Number> c = new TableColumn<>(heading);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().value(m)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Columns.format(v.doubleValue()));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(105);
        return c;
    }

    private void showSelection(ParticleRef p) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (p == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(p);
                int i = table.getSelectionModel().getSelectedIndex();
                if (i >= 0) {
                    table.scrollTo(Math.max(0, i - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }
}
