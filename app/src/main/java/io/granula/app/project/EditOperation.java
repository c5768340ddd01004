package io.granula.app.project;

import java.util.List;

/**
 * A hand correction of an image's masks, stored as an operation (what was done, to which particles)
 * rather than as a snapshot: the store keeps the operation with the before and after pixels of the
 * rectangle it changed, which is what undo and redo need and what the audit trail shows.
 * Parts of a region outside the image are ignored.
 */
public sealed interface EditOperation {
    /** Short name stored with the edit: create, delete, paint, erase, merge, split, replace, reset. */
    String kind();

    /** A new particle on the region's pixels; with {@code overwrite} false only background pixels are taken. */
    record Create(Region region, boolean overwrite) implements EditOperation {
        public String kind() {
            return "create";
        }
    }

    /** Removes particles (their pixels become background). */
    record Delete(List<Integer> labels) implements EditOperation {
        public Delete {
            labels = List.copyOf(labels);
        }

        public String kind() {
            return "delete";
        }
    }

    /** Brush: the region's pixels join particle {@code label} (taken from whatever they were). */
    record Paint(int label, Region region) implements EditOperation {
        public String kind() {
            return "paint";
        }
    }

    /** Eraser: the region's pixels become background; with {@code onlyLabel} > 0, only that particle's pixels. */
    record Erase(Region region, int onlyLabel) implements EditOperation {
        public String kind() {
            return "erase";
        }
    }

    /** Particles become one; the smallest id is kept. */
    record Merge(List<Integer> labels) implements EditOperation {
        public Merge {
            labels = List.copyOf(labels);
        }

        public String kind() {
            return "merge";
        }
    }

    /**
     * Particle {@code label} becomes two new particles and its id is gone: its pixels inside {@code part}
     * take id maxLabel+1, the others maxLabel+2. A part holding none or all of the particle's pixels
     * changes nothing (no edit is recorded).
     */
    record Split(int label, Region part) implements EditOperation {
        public String kind() {
            return "split";
        }
    }

    /**
     * A rectangle's labels replaced wholesale (a re-segmented crop, a pasted correction).
     *
     * @param labels raster order, {@code width*height}
     */
    record ReplaceRegion(int x, int y, int width, int height, int[] labels) implements EditOperation {
        public ReplaceRegion {
            if (width <= 0 || height <= 0 || labels.length != width * height) {
                throw new IllegalArgumentException("replacement must have width*height labels");
            }
            for (int v : labels) {
                if (v < 0) {
                    throw new IllegalArgumentException("labels are 0 (background) or positive ids, found " + v);
                }
            }
        }

        public String kind() {
            return "replace";
        }
    }
}
