package io.granula.core.pipeline;

/**
 * The JSON keys of a results folder's {@code calibration.json} and {@code run.json}, shared by
 * {@link ResultsWriter} and {@link ResultsReader} so the two cannot drift apart. The scale-bar keys
 * ({@code value, unit, label, bar{x0,x1,y0,y1}, text{x0,y0,x1,y1}}) are those the {@code scalebar}
 * command prints (design notes), which calibration.json carries along.
 */
public final class ResultsKeys {
    private ResultsKeys() {
    }

    // calibration.json
    public static final String NM_PER_PX = "nm_per_px";
    public static final String SOURCE = "source";
    public static final String DETAIL = "detail";
    public static final String SAMPLE = "sample";
    public static final String BAR = "bar";
    public static final String TEXT = "text";
    public static final String LABEL = "label";
    public static final String VALUE = "value";
    public static final String UNIT = "unit";
    public static final String X0 = "x0";
    public static final String X1 = "x1";
    public static final String Y0 = "y0";
    public static final String Y1 = "y1";

    // run.json
    public static final String SOFTWARE = "software";
    public static final String STARTED = "started";
    public static final String IMAGE = "image";
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final String MODEL = "model";
    public static final String MODEL_SHA256 = "model_sha256";
    public static final String MODEL_PROVENANCE = "model_provenance";
    public static final String DEVICE = "device";
    public static final String DIAMETER_PX = "diameter_px";
    public static final String PARAMETERS = "parameters";
    public static final String PARTICLES = "particles";
    public static final String PARTICLES_KEPT = "particles_kept";
    public static final String STAGE_MS = "stage_ms";
    /** run.json: annotation areas left out of segmentation, each {kind, x0, y0, x1, y1, detail}. */
    public static final String EXCLUDED_AREAS = "excluded_areas";
    /** In {@code parameters}: whether edge particles were left out of statistics. */
    public static final String EXCLUDE_EDGE = "exclude_edge";
}
