package io.granula.reports.view;

import io.granula.reports.layout.Table;

import java.util.List;

/**
 * The methods section: how the numbers were made, enough to reproduce them.
 *
 * @param model        model file, checksum, provenance
 * @param parameters   segmentation parameters and device
 * @param calibration  one row per image: pixel size and where it came from
 * @param filters      filters in force, one sentence each
 * @param definitions  each reported measurement and statistic with its formula and source
 * @param notes        the user's free text, blank for none
 */
public record MethodsView(List<KeyValue> model, List<KeyValue> parameters, Table calibration, List<String> filters,
                          List<KeyValue> definitions, String notes) {
    public MethodsView {
        model = List.copyOf(model);
        parameters = List.copyOf(parameters);
        filters = List.copyOf(filters);
        definitions = List.copyOf(definitions);
    }
}
