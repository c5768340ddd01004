package io.granula.reports.layout;

import io.granula.reports.view.KeyValue;

import java.util.List;

/**
 * "Key   value" lines: keys in a column as wide as the widest key (capped at a third of the
 * width), values wrapped beside them. Used for the title page, methods and image facts.
 */
public final class FactListWriter {
    private static final float GAP = 10f;
    private final FlowDocument flow;

    public FactListWriter(FlowDocument flow) {
        this.flow = flow;
    }

    public void write(List<KeyValue> facts, TextStyle keyStyle, TextStyle valueStyle) {
        if (facts.isEmpty()) {
            return;
        }
        float keyWidth = 0;
        for (KeyValue kv : facts) {
            keyWidth = Math.max(keyWidth, keyStyle.width(kv.key()));
        }
        keyWidth = Math.min(keyWidth, flow.contentWidth() / 3);
        float valueX = flow.left() + keyWidth + GAP;
        float valueWidth = flow.contentWidth() - keyWidth - GAP;
        float lead = Math.max(keyStyle.lineHeight(), valueStyle.lineHeight());
        for (KeyValue kv : facts) {
            List<String> keyLines = TextWrapper.wrap(kv.key(), keyStyle, keyWidth);
            List<String> valueLines = TextWrapper.wrap(kv.value(), valueStyle, valueWidth);
            int lines = Math.max(keyLines.size(), valueLines.size());
            // A fact of a few lines stays on one page; a long one may break between its lines.
            flow.ensureSpace(Math.min(lines, 4) * lead);
            for (int i = 0; i < lines; i++) {
                Box row = flow.reserve(lead);
                float baseline = row.top() - Math.max(keyStyle.size(), valueStyle.size());
                if (i < keyLines.size()) {
                    flow.painter().text(keyLines.get(i), flow.left(), baseline, keyStyle, Align.LEFT);
                }
                if (i < valueLines.size()) {
                    flow.painter().text(valueLines.get(i), valueX, baseline, valueStyle, Align.LEFT);
                }
            }
            flow.skip(lead * 0.2f);
        }
        flow.skip(lead * 0.4f);
    }
}
