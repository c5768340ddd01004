package io.granula.app.gui.session;

/** Where one image of the session stands; the images list shows it. */
public enum ImageStatus {
    NOT_ANALYSED("not analysed"),
    QUEUED("queued"),
    ANALYSING("analysing"),
    ANALYSED("analysed"),
    FAILED("failed"),
    MISSING("file missing");

    private final String text;

    ImageStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
