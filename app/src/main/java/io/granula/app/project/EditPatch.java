package io.granula.app.project;

import io.granula.core.label.LabelImage;

import java.util.List;

/**
 * What an {@link EditOperation} does to the labels: the new labels of the smallest rectangle holding every
 * changed pixel. Computed against the current labels, without changing them; applied by {@link EditSession}.
 *
 * @param after raster order within the rectangle
 */
record EditPatch(int x, int y, int width, int height, int[] after) {

    /** The pixel rule of one operation: the new label of image pixel (x, y) whose label is {@code current}. */
    private interface Rule {
        int apply(int x, int y, int current);
    }

    /** @return the patch, or null when the operation changes no pixel */
    static EditPatch of(EditOperation op, LabelImage labels, BoxIndex boxes) {
        if (op instanceof EditOperation.Create c) {
            int id = boxes.maxLabel() + 1;
            return apply(labels, bounds(c.region()), (x, y, v) -> c.region().contains(x, y) && (c.overwrite() || v == 0) ? id : v);
        }
        if (op instanceof EditOperation.Paint p) {
            if (p.label() <= 0) {
                throw new IllegalArgumentException("paint needs a particle id > 0 (use erase for background)");
            }
            return apply(labels, bounds(p.region()), (x, y, v) -> p.region().contains(x, y) ? p.label() : v);
        }
        if (op instanceof EditOperation.Erase e) {
            return apply(labels, bounds(e.region()),
                    (x, y, v) -> e.region().contains(x, y) && (e.onlyLabel() <= 0 || v == e.onlyLabel()) ? 0 : v);
        }
        if (op instanceof EditOperation.Delete d) {
            return apply(labels, union(d.labels(), boxes), (x, y, v) -> d.labels().contains(v) ? 0 : v);
        }
        if (op instanceof EditOperation.Merge m) {
            List<Integer> present = m.labels().stream().filter(l -> boxes.box(l) != null).distinct().toList();
            if (present.size() < 2) {
                throw new IllegalArgumentException("merge needs at least two existing particles, got " + m.labels());
            }
            int keep = present.stream().min(Integer::compare).orElseThrow();
            return apply(labels, union(present, boxes), (x, y, v) -> present.contains(v) ? keep : v);
        }
        if (op instanceof EditOperation.Split s) {
            int[] box = boxes.box(s.label());
            if (box == null || !cutsInTwo(labels, box, s)) {
                return null;
            }
            // both parts are new particles (issue 17: "a split gives two new ids"); the rectangle is the old
            // particle's whole box, so the patch's before pixels give the old id back on undo
            int inPart = boxes.maxLabel() + 1, rest = inPart + 1;
            return apply(labels, box, (x, y, v) -> v != s.label() ? v : s.part().contains(x, y) ? inPart : rest);
        }
        EditOperation.ReplaceRegion r = (EditOperation.ReplaceRegion) op;
        return apply(labels, new int[]{r.x(), r.y(), r.x() + r.width() - 1, r.y() + r.height() - 1},
                (x, y, v) -> r.labels()[(y - r.y()) * r.width() + x - r.x()]);
    }

    /** Whether the particle has pixels both inside and outside the split's part. */
    private static boolean cutsInTwo(LabelImage labels, int[] box, EditOperation.Split s) {
        boolean inside = false, outside = false;
        for (int y = box[1]; y <= box[3] && !(inside && outside); y++) {
            for (int x = box[0]; x <= box[2]; x++) {
                if (labels.get(x, y) == s.label()) {
                    if (s.part().contains(x, y)) {
                        inside = true;
                    } else {
                        outside = true;
                    }
                }
            }
        }
        return inside && outside;
    }

    private static int[] bounds(Region r) {
        return new int[]{r.x(), r.y(), r.x() + r.width() - 1, r.y() + r.height() - 1};
    }

    private static int[] union(List<Integer> ids, BoxIndex boxes) {
        int[] rect = null;
        for (int id : ids) {
            int[] b = boxes.box(id);
            if (b != null) {
                rect = rect == null ? b.clone() : new int[]{Math.min(rect[0], b[0]), Math.min(rect[1], b[1]),
                        Math.max(rect[2], b[2]), Math.max(rect[3], b[3])};
            }
        }
        return rect;
    }

    /** Applies the rule inside {@code rect} (clipped to the image) and keeps the bounds of what changed. */
    private static EditPatch apply(LabelImage labels, int[] rect, Rule rule) {
        if (rect == null) {
            return null;
        }
        int w = labels.width();
        int x0 = Math.max(0, rect[0]), y0 = Math.max(0, rect[1]);
        int x1 = Math.min(w - 1, rect[2]), y1 = Math.min(labels.height() - 1, rect[3]);
        if (x0 > x1 || y0 > y1) {
            return null;
        }
        int cw = x1 - x0 + 1;
        int[] cur = labels.labels();
        int[] out = LabelCodec.crop(cur, w, x0, y0, cw, y1 - y0 + 1);
        int cx0 = Integer.MAX_VALUE, cy0 = Integer.MAX_VALUE, cx1 = -1, cy1 = -1;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int v = cur[y * w + x];
                int nv = rule.apply(x, y, v);
                if (nv != v) {
                    out[(y - y0) * cw + x - x0] = nv;
                    cx0 = Math.min(cx0, x);
                    cy0 = Math.min(cy0, y);
                    cx1 = Math.max(cx1, x);
                    cy1 = Math.max(cy1, y);
                }
            }
        }
        if (cx1 < 0) {
            return null;
        }
        int pw = cx1 - cx0 + 1, ph = cy1 - cy0 + 1;
        return new EditPatch(cx0, cy0, pw, ph, LabelCodec.crop(out, cw, cx0 - x0, cy0 - y0, pw, ph));
    }
}
