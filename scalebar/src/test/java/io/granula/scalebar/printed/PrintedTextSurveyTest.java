package io.granula.scalebar.printed;

import io.granula.core.annotate.AnnotationArea;
import io.granula.core.image.Image2D;
import io.granula.scalebar.text.Tesseract;
import io.granula.scalebar.text.TesseractOcr;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 88 real micrographs of ../shared/data/real carry no printed text (their scale bars and strips
 * were cropped off by their publishers). How many get a text area anyway is a benchmark figure
 * (printed here, reported in the README); what the test holds is that such a mistake stays small: no
 * false text area covers more than a panel letter's share of its image.
 */
class PrintedTextSurveyTest {
    /** A panel letter's box: under 1 % of the image. */
    private static final double MAX_SHARE = 0.01;

    @Test
    void realMicrographsWithoutTextLoseAtMostALetterSizedArea() {
        List<Path> images = PrintedScenes.realImages();
        Assumptions.assumeFalse(images.isEmpty(), "shared real data absent (../shared/data/real): skipped");
        try (TesseractOcr ocr = Tesseract.openOrSkip()) {
            PrintedTextFinder finder = new PrintedTextFinder(ocr);
            int withArea = 0;
            for (Path p : images) {
                Image2D img = PrintedScenes.read(p);
                List<AnnotationArea> found = finder.find(img, List.of());
                if (!found.isEmpty()) {
                    withArea++;
                    System.out.println("false text area: " + p.getFileName() + " " + found);
                }
                for (AnnotationArea a : found) {
                    assertThat((double) a.area()).as(p + " " + a).isLessThan(MAX_SHARE * img.width() * img.height());
                }
            }
            System.out.println("real images with a false text area: " + withArea + " of " + images.size());
        }
    }
}
