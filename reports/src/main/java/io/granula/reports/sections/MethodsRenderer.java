package io.granula.reports.sections;

import io.granula.reports.layout.FactListWriter;
import io.granula.reports.layout.FlowDocument;
import io.granula.reports.layout.ReportStyle;
import io.granula.reports.layout.TableWriter;
import io.granula.reports.view.MethodsView;

/** Model and provenance, parameters, calibration per image, filters, definitions, notes. */
public final class MethodsRenderer {
    private MethodsRenderer() {
    }

    public static void render(FlowDocument flow, MethodsView view) {
        ReportStyle style = flow.style();
        FactListWriter facts = new FactListWriter(flow);
        flow.newPage();
        flow.heading("Methods", 1);
        flow.heading("Segmentation model", 2);
        facts.write(view.model(), style.bodyBold(), style.body());
        if (!view.parameters().isEmpty()) {
            flow.heading("Parameters", 2);
            facts.write(view.parameters(), style.bodyBold(), style.body());
        }
        flow.heading("Calibration", 2);
        new TableWriter(flow).write(view.calibration());
        flow.heading("Particle filters", 2);
        if (view.filters().isEmpty()) {
            flow.paragraph("None: every particle found is reported.", style.body());
        }
        for (String filter : view.filters()) {
            flow.paragraph("• " + filter, style.body());
        }
        flow.heading("Definitions", 2);
        facts.write(view.definitions(), style.bodyBold(), style.body());
        if (!view.notes().isBlank()) {
            flow.heading("Notes", 2);
            flow.paragraph(view.notes(), style.body());
        }
    }
}
