package io.granula.app.gui.viewer;

import io.granula.app.gui.session.ImageEntry;
import io.granula.app.gui.session.ImageResult;
import io.granula.app.gui.session.ImageStatus;
import io.granula.app.gui.session.TouchedRegion;
import io.granula.app.gui.session.WorkbenchSession;
import io.granula.app.project.ProjectFixtures;
import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;
import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a hand edit (or its undo or redo) the viewer keeps its overlay and rebuilds only the tiles the
 * edit touched: the outlines used to vanish for about a second after Ctrl+Z because every edit made a new,
 * empty overlay layer.
 */
@ExtendWith(ApplicationExtension.class)
class OverlayEditTilesTest {
    private static final int W = 1200, H = 1100; // 3x3 tiles at level 0, 2x2 at 1, one at 2
    private static final Calibration CAL = new Calibration(2.5, CalibrationSource.USER, "test");

    @Start
    void start(Stage stage) {
    }

    @Test
    void anEditRebuildsOnlyTheOverlayTilesItTouchedAndKeepsTheOthers() throws Exception {
        LabelImage before = ProjectFixtures.discs(W, H, 400, 3);
        Image2D image = imageOf(before);
        WorkbenchSession session = new WorkbenchSession();
        ImageEntry entry = new ImageEntry(1, Path.of("grains.png"), "grains", "powder A");
        entry.resultProperty().set(ImageResult.of(image, before, measure(before, image), CAL, null));
        entry.statusProperty().set(ImageStatus.ANALYSED);

        Map<Long, WritableImage> made = new HashMap<>();
        ViewerPane viewer = WaitForAsyncUtils.asyncFx(() -> {
            ViewerPane v = new ViewerPane(session);
            session.images().add(entry);
            session.currentProperty().set(entry);
            forEachTile(v.overlay(), (level, tx, ty) -> made.put(TileLayer.key(level, tx, ty), v.overlay().tile(level, tx, ty)));
            return v;
        }).get(20, TimeUnit.SECONDS);
        OverlayTiles overlay = viewer.overlay();
        assertThat(made).hasSize(9 + 4 + 1);

        // the edit: particle 1 (top left) erased, as the edit service reports it
        ParticleTable was = entry.result().particles();
        int row = was.rowOf(1);
        double perPx = was.units().unitsPerPixel();
        int bx = (int) Math.round(was.value(Measurement.BBOX_X, row) / perPx);
        int by = (int) Math.round(was.value(Measurement.BBOX_Y, row) / perPx);
        int bw = (int) Math.round(was.value(Measurement.BBOX_WIDTH, row) / perPx);
        int bh = (int) Math.round(was.value(Measurement.BBOX_HEIGHT, row) / perPx);
        int[] after = before.labels().clone();
        for (int i = 0; i < after.length; i++) {
            if (after[i] == 1) {
                after[i] = 0;
            }
        }
        LabelImage edited = new LabelImage(W, H, after);
        TouchedRegion touched = new TouchedRegion(bx, by, bw, bh, Set.of(1));
        ImageResult next = entry.result().withParticles(edited, measure(edited, image), CAL, touched);
        WaitForAsyncUtils.asyncFx(() -> entry.resultProperty().set(next)).get(20, TimeUnit.SECONDS);

        WaitForAsyncUtils.asyncFx(() -> {
            assertThat(viewer.overlay()).as("the overlay layer survives the edit").isSameAs(overlay);
            int[] kept = {0};
            forEachTile(overlay, (level, tx, ty) -> {
                WritableImage old = made.get(TileLayer.key(level, tx, ty));
                long span = (long) TileLayer.TILE << level, step = 1L << level;
                boolean meets = tx * span - step < bx + bw && bx < (tx + 1) * span + step
                        && ty * span - step < by + bh && by < (ty + 1) * span + step;
                if (meets) {
                    assertThat(overlay.cached(level, tx, ty)).as("touched tile %d/%d,%d is remade", level, tx, ty).isNull();
                    assertThat(overlay.standIn(level, tx, ty)).as("and shown as it was meanwhile").isSameAs(old);
                } else {
                    assertThat(overlay.cached(level, tx, ty)).as("untouched tile %d/%d,%d is kept", level, tx, ty).isSameAs(old);
                    kept[0]++;
                }
            });
            assertThat(kept[0]).as("8 of 9 tiles at level 0 and 3 of 4 at level 1 kept").isEqualTo(11);
            // the remade tile no longer outlines the erased particle
            WritableImage remade = overlay.tile(0, 0, 0);
            int x = bx + bw / 2, y = by;
            while (before.get(x, y) != 1) {
                y++;
            }
            assertThat(made.get(TileLayer.key(0, 0, 0)).getPixelReader().getArgb(x, y) >>> 24).isPositive();
            assertThat(remade.getPixelReader().getArgb(x, y)).isZero();
            return null;
        }).get(20, TimeUnit.SECONDS);
    }

    @Test
    void anEditThatRecoloursOtherParticlesRemakesEveryTileButShowsTheOldOnesMeanwhile() throws Exception {
        LabelImage labels = ProjectFixtures.discs(W, H, 400, 3);
        Map<Long, WritableImage> made = new HashMap<>();
        OverlayTiles overlay = WaitForAsyncUtils.asyncFx(() -> {
            OverlayTiles o = new OverlayTiles(labels);
            o.setStyle(new OverlayColours(filled(401, 0xFF00FF00), Double.NaN, Double.NaN), false);
            forEachTile(o, (level, tx, ty) -> made.put(TileLayer.key(level, tx, ty), o.tile(level, tx, ty)));
            // particle 1 touched, but particle 300 changed colour too (a by-value scale whose range moved)
            int[] recoloured = filled(401, 0xFF00FF00);
            recoloured[300] = 0xFFFF0000;
            o.edited(labels, new OverlayColours(recoloured, Double.NaN, Double.NaN), false,
                    new TouchedRegion(10, 10, 30, 30, Set.of(1)));
            return o;
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            forEachTile(overlay, (level, tx, ty) -> {
                assertThat(overlay.cached(level, tx, ty)).isNull();
                assertThat(overlay.standIn(level, tx, ty)).isSameAs(made.get(TileLayer.key(level, tx, ty)));
            });
            return null;
        }).get(20, TimeUnit.SECONDS);
    }

    private interface TileVisitor {
        void visit(int level, int tx, int ty);
    }

    private static void forEachTile(TileLayer layer, TileVisitor v) {
        for (int level = 0; level <= layer.maxLevel(); level++) {
            for (int ty = 0; ty < layer.tilesY(level); ty++) {
                for (int tx = 0; tx < layer.tilesX(level); tx++) {
                    v.visit(level, tx, ty);
                }
            }
        }
    }

    private static int[] filled(int n, int argb) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, 1, n, argb);
        return a;
    }

    private static Image2D imageOf(LabelImage labels) {
        float[] px = new float[W * H];
        for (int i = 0; i < px.length; i++) {
            px[i] = labels.labels()[i] == 0 ? 20 : 200;
        }
        return new Image2D(W, H, PixelType.UINT8, px);
    }

    private static ParticleTable measure(LabelImage labels, Image2D image) {
        return new ParticleMeasurer().measure(labels, image, CAL, null);
    }
}
