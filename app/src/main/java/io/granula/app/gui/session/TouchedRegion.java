package io.granula.app.gui.session;

import java.util.Set;
import java.util.TreeSet;

/**
 * Where an edit, undo or redo changed the masks: the particle ids it touched (before or after) and one
 * rectangle in image pixels holding every changed pixel and every touched particle before and after the
 * edit. The viewer rebuilds only the overlay tiles this rectangle meets (issue 17: "repaint only touched
 * tiles"); a touched particle may change colour over its whole extent, hence its boxes, not only the patch.
 */
public record TouchedRegion(int x, int y, int width, int height, Set<Integer> ids) {
    public TouchedRegion {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative region size " + width + "x" + height);
        }
        ids = Set.copyOf(ids);
    }

    /** The smallest region holding both (two edits shown in one refresh). */
    public TouchedRegion union(TouchedRegion o) {
        int x0 = Math.min(x, o.x), y0 = Math.min(y, o.y);
        int x1 = Math.max(x + width, o.x + o.width), y1 = Math.max(y + height, o.y + o.height);
        Set<Integer> all = new TreeSet<>(ids);
        all.addAll(o.ids);
        return new TouchedRegion(x0, y0, x1 - x0, y1 - y0, all);
    }

    /** This region grown to hold the rectangle (x, y, w, h) too. */
    public TouchedRegion including(int rx, int ry, int rw, int rh) {
        return union(new TouchedRegion(rx, ry, rw, rh, Set.of()));
    }
}
