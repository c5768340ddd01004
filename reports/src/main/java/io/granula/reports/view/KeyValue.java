package io.granula.reports.view;

/** One labelled line of a fact list ("Model: cyto3.pt"). */
public record KeyValue(String key, String value) {
}
