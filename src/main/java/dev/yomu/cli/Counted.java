package dev.yomu.cli;

/** A number with its noun, for the lines commands print: "1 sentence", "57 sentences". */
final class Counted {
    private Counted() {}

    static String of(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
