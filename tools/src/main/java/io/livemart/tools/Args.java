package io.livemart.tools;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** --name value / --flag options; durations as 2s, 500ms, 10m, 1h. */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args, Set<String> flags, Set<String> options) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.startsWith("--") ? a.substring(2) : null;
            String inline = null;
            if (name != null && name.contains("=")) {
                inline = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            }
            if (name != null && flags.contains(name) && inline == null) {
                values.put(name, "true");
            } else if (name != null && options.contains(name)) {
                if (inline == null && i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                values.put(name, inline != null ? inline : args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option '" + a + "' (options: --" + String.join(", --", union(flags, options)) + ")");
            }
        }
    }

    private static java.util.List<String> union(Set<String> a, Set<String> b) {
        java.util.List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        java.util.Collections.sort(all);
        return all;
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }

    double fraction(String name, double fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        double d = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
        if (d < 0 || d > 1) {
            throw new IllegalArgumentException("--" + name + " must be between 0 and 1 (or 0% and 100%)");
        }
        return d;
    }

    Duration duration(String name, Duration fallback) {
        String v = values.get(name);
        return v == null ? fallback : parseDuration(v);
    }

    static Duration parseDuration(String v) {
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> Duration.ofSeconds(Long.parseLong(v));
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a duration: '" + v + "' (e.g. 2s, 500ms, 10m)");
        }
    }
}
