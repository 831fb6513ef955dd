package dev.yomu.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The arguments of a bare {@code yomu} (the status screen): only the root options {@code --home DIR},
 * {@code --now INSTANT} (either also as {@code --option=value}) and {@code --debug}, each at most once.
 * These are read without picocli, whose model of even the root command alone (annotations read by
 * reflection, a type converter registered for every java.time and java.sql class) was about a fifth
 * of the status screen's start-up. Anything else, or anything unusual (a repeated option, a missing or
 * empty value, a value that looks like an option or an {@code @file}), is not bare and goes to picocli,
 * so its messages stay picocli's own.
 */
final class BareArgs {
    private final List<String[]> options; // name and value, in the order given; --debug has no value

    private BareArgs(List<String[]> options) {
        this.options = options;
    }

    /** The options of {@code args} if they are a bare {@code yomu}'s, else null. */
    static BareArgs of(String... args) {
        List<String[]> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a, value = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (takesValue(a)) {
                if (i + 1 == args.length) return null;
                value = args[++i];
            }
            boolean known = name.equals("--debug") ? value == null : takesValue(name) && plainValue(value);
            if (!known || !seen.add(name)) return null;
            options.add(new String[] {name, value});
        }
        return new BareArgs(options);
    }

    private static boolean takesValue(String name) {
        return name.equals("--home") || name.equals("--now");
    }

    private static boolean plainValue(String v) {
        return v != null && !v.isEmpty() && !v.startsWith("-") && !v.startsWith("@");
    }

    /** Sets the options on the root command in the order given, as picocli would. */
    void applyTo(YomuCommand root) {
        for (String[] o : options) {
            switch (o[0]) {
                case "--home" -> root.setHome(o[1]);
                case "--now" -> root.setNow(o[1]);
                default -> root.setDebug(true);
            }
        }
    }
}
