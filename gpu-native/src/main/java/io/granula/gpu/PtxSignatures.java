package io.granula.gpu;

import jcuda.driver.CUdeviceptr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameter types of every kernel entry in a PTX text ({@code .param .u64 name_param_0, ...}),
 * used to check each launch's arguments before it goes to the driver: cuLaunchKernel itself
 * checks nothing, and a missing or misplaced argument would read garbage on the device.
 */
final class PtxSignatures {
    private static final Pattern ENTRY = Pattern.compile("\\.entry\\s+(\\w+)\\s*\\(([^)]*)\\)");
    private static final Pattern PARAM = Pattern.compile("\\.param\\s+\\.(\\w+)\\s+\\w+");

    private final Map<String, List<String>> types;

    private PtxSignatures(Map<String, List<String>> types) {
        this.types = types;
    }

    static PtxSignatures parse(String ptx) {
        Map<String, List<String>> types = new LinkedHashMap<>();
        Matcher e = ENTRY.matcher(ptx);
        while (e.find()) {
            List<String> params = new ArrayList<>();
            Matcher p = PARAM.matcher(e.group(2));
            while (p.find()) {
                params.add(p.group(1));
            }
            types.put(e.group(1), List.copyOf(params));
        }
        return new PtxSignatures(types);
    }

    /** The entry's parameter types (u64, u32, s32, f32, ...) in order. */
    List<String> of(String entry) {
        List<String> t = types.get(entry);
        if (t == null) {
            throw new IllegalStateException("no kernel " + entry + " in the PTX");
        }
        return t;
    }

    /** Throws when the arguments do not match the entry's parameters in number and kind. */
    void check(String entry, Object... args) {
        List<String> expected = of(entry);
        if (expected.size() != args.length) {
            throw new IllegalStateException(entry + " takes " + expected.size() + " arguments, given " + args.length);
        }
        for (int i = 0; i < args.length; i++) {
            String t = expected.get(i);
            Object a = args[i];
            boolean ok = switch (t) {
                case "u64" -> a instanceof CUdeviceptr;
                case "u32", "s32" -> a instanceof Integer;
                case "f32" -> a instanceof Float;
                default -> false;
            };
            if (!ok) {
                throw new IllegalStateException(entry + " argument " + i + " must be ." + t + ", given "
                        + (a == null ? "null" : a.getClass().getSimpleName()));
            }
        }
    }
}
