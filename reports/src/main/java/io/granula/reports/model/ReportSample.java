package io.granula.reports.model;

import java.util.List;

/** A named group of images whose particles are pooled in the summary and compared in the charts. */
public record ReportSample(String name, List<ReportImage> images) {
    public ReportSample {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("sample " + name + " has no images");
        }
        images = List.copyOf(images);
    }
}
