package io.granula.scalebar.synth;

import java.awt.Color;
import java.awt.Font;

/**
 * How an info strip looks: its font, background, text colour, a dimmer colour for headers and
 * separator lines, and whether text is anti-aliased (many instruments draw it aliased).
 */
public record StripLook(Font font, Color background, Color foreground, Color dim, boolean antialiasText) {
}
