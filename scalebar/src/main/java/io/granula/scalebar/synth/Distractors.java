package io.granula.scalebar.synth;

import java.util.Locale;
import java.util.Random;

/**
 * The other fields of an info strip, which carry lengths and numbers a label reader must not take
 * for the scale: working distance, magnification, voltage, horizontal field width, detector, date.
 */
public final class Distractors {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private Distractors() {
    }

    public static double kv(Random rnd) {
        double[] kv = {1.0, 2.0, 3.0, 5.0, 10.0, 15.0, 20.0, 30.0};
        return kv[rnd.nextInt(kv.length)];
    }

    public static double wdMm(Random rnd) {
        return Math.round((2 + rnd.nextDouble() * 14) * 10) / 10.0;
    }

    public static long magnification(Random rnd) {
        long[] m = {500, 1000, 2000, 5000, 10000, 20000, 25000, 50000, 90000, 100000, 150000, 200000};
        return m[rnd.nextInt(m.length)];
    }

    public static String hfw(Random rnd) {
        return String.format(Locale.ROOT, "%.2f µm", 0.5 + rnd.nextDouble() * 60);
    }

    public static String date(Random rnd) {
        return String.format(Locale.ROOT, "%d %s %d", 1 + rnd.nextInt(28), MONTHS[rnd.nextInt(12)], 2005 + rnd.nextInt(20));
    }

    public static String time(Random rnd) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60));
    }

    /** "50,000" as JEOL prints magnification. */
    public static String grouped(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }
}
