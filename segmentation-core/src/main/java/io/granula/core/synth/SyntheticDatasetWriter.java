package io.granula.core.synth;

import io.granula.core.io.AtomicFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.granula.core.image.Image2D;
import io.granula.core.image.PixelType;
import io.granula.core.image.tiff.TiffWriter;
import io.granula.core.io.LabelTiff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a generated set in the layout {@code granula train --data} and {@code granula evaluate}
 * read: {@code images/<stem>.tif} (8- or 16-bit grey), {@code labels/<stem>.tif} (label TIFF),
 * {@code meta/<stem>.json} (what was drawn), all paired by stem.
 */
public final class SyntheticDatasetWriter {
    public static final String IMAGES = "images";
    public static final String LABELS = "labels";
    public static final String META = "meta";

    /** Writes and reads the manifests: snake_case names, indented; later fields do not break older readers. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path root;

    public SyntheticDatasetWriter(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve(IMAGES));
        Files.createDirectories(root.resolve(LABELS));
        Files.createDirectories(root.resolve(META));
    }

    public static String stem(int index) {
        return String.format(Locale.ROOT, "synth_%05d", index);
    }

    /** The manifest of one image. */
    public record Manifest(String stem, int index, long seed, String style, String arrangement, int width, int height,
                           int fieldHeight, int stripHeight, String pixelType, double nmPerPixel, String coordinates,
                           String image, String labels, int particleCount, List<ParticleRecord> particles) {
    }

    public Manifest write(SyntheticImage img) throws IOException {
        String stem = stem(img.index());
        Path imagePath = root.resolve(IMAGES).resolve(stem + ".tif");
        Path labelPath = root.resolve(LABELS).resolve(stem + ".tif");
        Manifest m = manifest(img, stem);
        // The ImageJ convention (description "ImageJ=" with unit=, XResolution in pixels per unit) makes
        // the pretend pixel size travel with the file: Fiji opens it calibrated, and so does analyze.
        String description = "ImageJ=1.54p\nunit=nm\ngranula=synthetic " + img.style().id() + " image " + stem
                + ", seed " + img.seed() + "\n";
        AtomicFiles.writeVia(imagePath, tmp -> writeImage(img.image(), tmp, description, 1.0 / img.nmPerPixel()));
        LabelTiff.write(img.labels(), labelPath);
        AtomicFiles.write(root.resolve(META).resolve(stem + ".json"), out -> JSON.writeValue(out, m));
        return m;
    }

    /** Reads a manifest this class wrote ({@code meta/<stem>.json}). */
    public static Manifest readManifest(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Manifest.class);
    }

    public static Manifest manifest(SyntheticImage img, String stem) {
        List<ParticleRecord> records = new ArrayList<>(img.particles().size());
        int z = 0;
        for (Particle p : img.particles()) {
            records.add(ParticleRecord.of(p, z++, img.image().width(), img.fieldHeight()));
        }
        return new Manifest(stem, img.index(), img.seed(), img.style().id(), img.arrangement().name().toLowerCase(Locale.ROOT),
                img.image().width(), img.image().height(), img.fieldHeight(), img.stripHeight(),
                img.image().pixelType().name().toLowerCase(Locale.ROOT), Math.rint(img.nmPerPixel() * 1e4) / 1e4,
                "pixel (i, j) covers [i, i+1) x [j, j+1); the top-left pixel centre is (0.5, 0.5)",
                IMAGES + "/" + stem + ".tif", LABELS + "/" + stem + ".tif", records.size(), records);
    }

    private static void writeImage(Image2D image, Path path, String description, double pixelsPerNm) throws IOException {
        int w = image.width();
        float[] p = image.plane(0);
        if (image.pixelType() == PixelType.UINT16) {
            TiffWriter.writeGray(path, w, image.height(), TiffWriter.SampleKind.UINT16, description, pixelsPerNm, (y, row) -> {
                for (int x = 0, i = y * w; x < w; x++, i++) {
                    row.putShort((short) (int) p[i]);
                }
            });
        } else {
            TiffWriter.writeGray(path, w, image.height(), TiffWriter.SampleKind.UINT8, description, pixelsPerNm, (y, row) -> {
                for (int x = 0, i = y * w; x < w; x++, i++) {
                    row.put((byte) (int) p[i]);
                }
            });
        }
    }
}
