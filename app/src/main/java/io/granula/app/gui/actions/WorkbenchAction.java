package io.granula.app.gui.actions;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * One thing the user can do, declared once (QuPath's action pattern): its name, its shortcut (may be
 * null), what it does, and when it is disabled. Menus, the toolbar and the shortcut help are built from
 * these, so they cannot disagree.
 */
public record WorkbenchAction(String text, KeyCombination shortcut, Runnable handler, ObservableBooleanValue disabled) {
    public MenuItem menuItem() {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(shortcut);
        }
        item.setOnAction(e -> handler.run());
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    /** "Ctrl+O" as the platform writes it, or "" without a shortcut. */
    public String shortcutText() {
        return shortcut == null ? "" : shortcut.getDisplayText();
    }
}
