package io.granula.scalebar.bar;

/**
 * End ticks of a bar: the columns (inclusive) of the left and right tick, and how many rows they
 * rise above ({@code up}) and drop below ({@code down}) the bar.
 */
public record Ticks(int leftStart, int leftEnd, int rightStart, int rightEnd, int up, int down) {
}
