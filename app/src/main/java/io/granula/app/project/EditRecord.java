package io.granula.app.project;

import java.time.Instant;
import java.util.List;

/**
 * One stored edit of an image's current masks.
 *
 * @param sequence  order of the edit within its image
 * @param author    the OS user name ({@code user.name})
 * @param touched   the particle ids the edit changed (before or after)
 * @param x         the rectangle whose before and after pixels are stored
 * @param state     applied, undone (redo-able), or discarded (undone, then a new edit was made)
 */
public record EditRecord(long id, long imageId, long sequence, String kind, Instant at, String author,
                         List<Integer> touched, int x, int y, int width, int height, State state) {
    public EditRecord {
        touched = List.copyOf(touched);
    }

    public enum State { APPLIED, UNDONE, DISCARDED }
}
