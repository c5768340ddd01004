package io.granula.app.gui.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Optional;

/**
 * What the window showed when the project was last open, so reopening it comes back to the same place:
 * the image on screen, the chart tab and the histogram's measurement. Stored as JSON under
 * {@link #KEY} in the project's settings (the filter has its own key); unknown or unreadable values fall
 * back to the defaults rather than failing the open.
 *
 * @param imageId            project image id, 0 for none
 * @param chart              title of the chart tab, "" for the first
 * @param histogramMeasurement key of the histogram's measurement ({@code ecd}), "" for the default
 */
public record ViewState(long imageId, String chart, String histogramMeasurement) {
    public static final String KEY = "workbench.view";
    public static final ViewState NONE = new ViewState(0, "", "");
    private static final ObjectMapper JSON = new ObjectMapper();

    public ViewState {
        chart = chart == null ? "" : chart;
        histogramMeasurement = histogramMeasurement == null ? "" : histogramMeasurement;
    }

    public ViewState withImage(long id) {
        return new ViewState(id, chart, histogramMeasurement);
    }

    public ViewState withChart(String title) {
        return new ViewState(imageId, title, histogramMeasurement);
    }

    public ViewState withHistogramMeasurement(String key) {
        return new ViewState(imageId, chart, key);
    }

    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("image", imageId);
        n.put("chart", chart);
        n.put("histogram", histogramMeasurement);
        return n.toString();
    }

    public static ViewState fromJson(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            return new ViewState(n.path("image").asLong(0), n.path("chart").asText(""), n.path("histogram").asText(""));
        } catch (IOException e) {
            return NONE;
        }
    }

    public static ViewState of(Optional<String> json) {
        return json.map(ViewState::fromJson).orElse(NONE);
    }
}
