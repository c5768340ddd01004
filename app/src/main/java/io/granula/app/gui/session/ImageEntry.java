package io.granula.app.gui.session;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One image of the session: its file, its sample, where its analysis stands and (once loaded)
 * what the viewer, the table and the charts show. Properties are changed on the FX thread only.
 */
public final class ImageEntry {
    private final long imageId;
    private final Path path;
    private final String name;
    private final StringProperty sample = new SimpleStringProperty(this, "sample", "");
    private final ObjectProperty<ImageStatus> status = new SimpleObjectProperty<>(this, "status", ImageStatus.NOT_ANALYSED);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<ImageResult> result = new SimpleObjectProperty<>(this, "result");

    /** @param imageId the image's id in the project store */
    public ImageEntry(long imageId, Path path, String name, String sample) {
        this.imageId = imageId;
        this.path = Objects.requireNonNull(path);
        this.name = Objects.requireNonNull(name);
        this.sample.set(sample == null ? "" : sample);
    }

    public long imageId() {
        return imageId;
    }

    public Path path() {
        return path;
    }

    public String name() {
        return name;
    }

    public StringProperty sampleProperty() {
        return sample;
    }

    public String sample() {
        return sample.get();
    }

    public ObjectProperty<ImageStatus> statusProperty() {
        return status;
    }

    public ImageStatus status() {
        return status.get();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<ImageResult> resultProperty() {
        return result;
    }

    public ImageResult result() {
        return result.get();
    }

    /** Marks the entry failed with a message the images list shows. */
    public void fail(String why) {
        status.set(ImageStatus.FAILED);
        message.set(why);
    }

    @Override
    public String toString() {
        return name;
    }
}
