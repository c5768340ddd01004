package io.granula.core.pipeline;

import java.util.Arrays;

/**
 * The scales {@link ImageAnalyzer} may try while it estimates the particle size itself.
 *
 * <p>A flow network only recognises particles within a few times the diameter it was trained at
 * (its receptive field and its training crops bound what it has seen). Particles five times
 * larger give no masks at all at the image's own scale, so a survey looks at the image shrunk
 * 3x and 9x; particles far smaller are found first at a wrong size (clusters look like one),
 * so the estimate is refined by measuring again after each resized pass. The image is magnified
 * only on the evidence of at least {@link #FEW_OBJECTS} particles ({@link #worthRefining}), or of
 * a magnified pass whose masks cover a field of specks ({@link #magnifiedExplains}). Cellpose instead
 * regresses the size on the network's style vector (Stringer et al. 2021, SizeModel), which
 * needs a second trained model for every network; this needs none.
 *
 * @param trainedDiameter the model's diameter in pixels
 * @param width           image width in pixels
 * @param height          image height in pixels
 */
record ScaleSearch(double trainedDiameter, int width, int height) {
    /** Resized passes after the first estimate (each one re-measures). */
    static final int REFINEMENTS = 3;
    /**
     * Once a resized pass has been made, a smaller remaining gap upwards is still worth closing: a
     * network that sees particles smaller than they are under-measures them (fragments), so the
     * estimate climbs towards the true size in steps that shrink as it approaches. Measured on
     * held-out sets of 20 images: 150 px 0.738 -> 0.796, 100 px 0.852 -> 0.915; a third pass
     * downwards cost 0.04 AP@0.5 on dense SEM and BSE scenes (5-8 px specks).
     */
    private static final double REFINING_GAP = 1.1;
    /** Particles measured at at least this fraction of the model's diameter are not magnified for ({@link #slightlySmaller}). */
    static final double MAGNIFY_BELOW = 2.0 / 3;
    /** Survey factors: how much larger than the model's diameter particles may be. */
    private static final double[] COARSER = {3, 9};
    /** A shrunk image smaller than this holds too few pixels for the network to see a particle in context. */
    private static final int MIN_EDGE = 64;
    /** Upscaled images above this many pixels would need gigabytes of flows; the user can give a diameter. */
    private static final double MAX_PIXELS = 64e6;

    /** Below this many objects, or this coverage, a first pass may have seen only debris of large particles. */
    private static final int FEW_OBJECTS = 5;
    private static final double LOW_COVERAGE = 0.01;

    /** Whether the first pass found so little that larger particles are worth looking for. */
    boolean worthSurveying(SizedPass first) {
        return first.objects() < FEW_OBJECTS || first.coverage() < LOW_COVERAGE;
    }

    /** Whether another resized pass is worth making after {@code done} refinements. */
    boolean worthRefining(SizedPass current, int done) {
        if (magnifies(current) && current.objects() < FEW_OBJECTS) {
            return false;
        }
        if (done == 0) {
            return DiameterEstimate.worthRescaling(current.measured(), current.assumed()) && !slightlySmaller(current);
        }
        // Downwards (specks) at most one more pass, and only across the full 25 % gap: a third
        // magnification re-splits touching specks into debris. The second magnified pass costs
        // most (on the real steel, 9 px particles, the image 3.3x larger: 77-121 s of 121-170 s
        // per 645 px image on a loaded 2-core machine) but pays there: AP@0.5 0.378 -> 0.414 on
        // sem-spheroidite's two valid_ images (scripts/bench.sh real), so it stays.
        double ratio = current.measured() / current.assumed();
        return ratio > REFINING_GAP || (done < 2 && DiameterEstimate.worthRescaling(current.measured(), current.assumed()));
    }

    /**
     * Whether a pass at the image's own scale found particles only slightly smaller than the model's
     * diameter (between {@link #MAGNIFY_BELOW} and 1 of it): they stay at that scale. Magnifying the
     * image for them costs (trained / measured)^2 first passes, 1.6-2.3x, and the network was trained
     * with 0.5-2x zoom, so it has seen particles of that size at its own scale. Measured on the real
     * 1024 px STEM image Cu_silica1 (30 boxed particles, median 22.9 px; scripts/bench.sh real): the
     * first pass measured 23.1 px, the 23.1 px pass took 14.5 of 30 s CPU and lost three quarters of the
     * coverage, so it was discarded anyway.
     */
    boolean slightlySmaller(SizedPass current) {
        double ratio = current.measured() / trainedDiameter;
        return current.assumed() == trainedDiameter && ratio >= MAGNIFY_BELOW && ratio < 1;
    }

    /**
     * The diameters to survey after a first pass (none when it found enough): the coarse ones.
     */
    double[] surveyDiameters(SizedPass first) {
        return worthSurveying(first) ? coarserDiameters() : new double[0];
    }

    /**
     * Whether refining {@code current} would magnify the image: its particles measured smaller than
     * the model's diameter. That costs (trained / measured)^2 first passes, and a median of fewer
     * than {@link #FEW_OBJECTS} masks is no evidence for it. Measured with the default model on
     * sparse scenes, 4 particles per 512 px image (granula synth --seed 71/72 --arrangement sparse
     * --count 4, discs of 7-10 px and rods/wires 6-12 px wide): refining towards the few masks found,
     * and keeping any 3x magnified pass that covered more of the image, took AP@0.5 from 0.882 to
     * 0.727 on the discs and from 0.375 to 0.05 on the rods, at 5-30 times the network time of the
     * first pass (magnified debris covers more of the image).
     */
    private boolean magnifies(SizedPass current) {
        return clamp(current.measured()) < trainedDiameter;
    }

    /**
     * Whether a pass at 3x magnification is worth making: the first pass found fewer than
     * {@link #FEW_OBJECTS} masks and no coarser pass explained the image either. Specks of 5-8 px
     * are invisible to a network trained at 30 px, so a dense field of them gives a first pass of a
     * few masks, as a sparse scene of a few particles does; only the magnified pass tells them apart
     * ({@link #magnifiedExplains}). Not after a coarse pass that explained the image: on the real TEM
     * set (tem-sintering, 60 px particles) the first pass sees fewer than five particles, the 3x-shrunk
     * pass finds them all, and a magnified pass, nine times the first pass's pixels, took 5-100 s of
     * the 7-130 s per 512 px image and was never kept. Nor after any pass whose few masks already cover
     * {@link #MAGNIFIED_COVERAGE} of the image: those are a few large particles, not specks the network
     * missed. On the model card's 150 px set (scripts/model-card.sh, seed 900001: 3-4 particles per 768 px
     * image, found by the 90 px survey covering 0.06-0.12 of the image) the magnified pass, the image
     * 3x larger, took 12-86 s of network time on 8 of the 20 images and was never kept (7 now skip it;
     * the eighth's survey covered 4.9 %); on the card's
     * field of 5-8 px specks (synth_00011, TEM) the survey finds nothing and the pass is still made.
     */
    boolean magnifyAfterSurvey(SizedPass first, SizedPass best) {
        return first.objects() < FEW_OBJECTS && finerDiameter() > 0 && (best == first || worthSurveying(best))
                && best.coverage() < MAGNIFIED_COVERAGE;
    }

    /** The diameter of the magnified pass, or 0 when the magnified image would not fit in memory. */
    double finerDiameter() {
        double d = trainedDiameter / 3;
        return clamp(d) > d ? 0 : d;
    }

    /**
     * Whether the magnified pass found the image's particles rather than magnified debris: its masks
     * cover at least {@link #MAGNIFIED_COVERAGE} of the image and twice what the best pass before it
     * covered. Measured with the default model: on the model card's held-out TEM scene of 2500 specks
     * of 5-8 px (scripts/model-card.sh, seed 900001, synth_00011) the first pass finds 3 masks and the
     * magnified one 1955 covering 0.40 of the image (without it, AP@0.5 0.88 -> 0.00 on that image);
     * on sparse scenes of 4 particles per 512 px image (granula synth --seed 71 --kinds disc
     * --min-diameter 7 --max-diameter 10, and --seed 72 --kinds rod,wire; --arrangement sparse --count 4)
     * it finds 2-52 masks of debris covering at most 0.011, which, kept, took AP@0.5 from 0.882 to
     * 0.727 on the discs and from 0.375 to 0.05 on the rods.
     */
    boolean magnifiedExplains(SizedPass magnified, SizedPass best) {
        return magnified.coverage() >= MAGNIFIED_COVERAGE && magnified.coverage() > 2 * best.coverage();
    }

    /** Coverage a magnified pass must reach to be taken over the passes before it. */
    static final double MAGNIFIED_COVERAGE = 0.05;

    /** Diameters (in image pixels) for the survey, largest-particle guesses last, those the image can hold. */
    double[] coarserDiameters() {
        return Arrays.stream(COARSER).map(f -> f * trainedDiameter).filter(this::canShrinkTo).toArray();
    }

    /** Whether the image resized for particles of {@code diameter} still has {@link #MIN_EDGE} pixels across. */
    boolean canShrinkTo(double diameter) {
        return Math.min(width, height) * trainedDiameter / diameter >= MIN_EDGE;
    }

    /** The measured diameter, raised where needed so the upscaled image stays within memory. */
    double clamp(double measured) {
        double smallest = trainedDiameter * Math.sqrt((double) width * height / MAX_PIXELS);
        return Math.max(measured, smallest);
    }
}
