package io.granula.reports.layout;

import io.granula.reports.ReportException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded fonts of one document. The 14 standard PDF fonts cannot draw μ (U+03BC), so the
 * report embeds DejaVu Sans (subset) with {@link PDType0Font#load}, which also writes the
 * ToUnicode map that lets text extraction read µm back.
 *
 * @param regular body text and numbers
 * @param bold    headings and table headers
 * @param italic  notes and captions
 */
public record ReportFonts(PdfFont regular, PdfFont bold, PdfFont italic) {
    /** Debian's fonts-dejavu-core installs here; {@code granula.fonts.dir} overrides it. */
    public static final Path DEFAULT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    public static ReportFonts load(PDDocument document) {
        String override = System.getProperty("granula.fonts.dir");
        return load(document, override == null || override.isBlank() ? DEFAULT_DIR : Path.of(override));
    }

    public static ReportFonts load(PDDocument document, Path directory) {
        return new ReportFonts(
                loadOne(document, directory.resolve("DejaVuSans.ttf")),
                loadOne(document, directory.resolve("DejaVuSans-Bold.ttf")),
                loadOne(document, directory.resolve("DejaVuSans-Oblique.ttf")));
    }

    private static PdfFont loadOne(PDDocument document, Path file) {
        if (!Files.isReadable(file)) {
            throw new ReportException("font " + file + " not found: the report embeds DejaVu Sans so that µ prints;"
                    + " install it with 'apt-get install fonts-dejavu-core' (or set -Dgranula.fonts.dir)");
        }
        try {
            return new PdfFont(PDType0Font.load(document, file.toFile()));
        } catch (IOException e) {
            throw new ReportException("font " + file + " cannot be read: " + e.getMessage()
                    + "; reinstall fonts-dejavu-core", e);
        }
    }
}
