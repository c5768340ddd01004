package io.granula.app.project;

/** The two label images kept per image: what the model gave, and what the user has corrected it into. */
public enum MaskKind {
    MODEL, CURRENT;

    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
