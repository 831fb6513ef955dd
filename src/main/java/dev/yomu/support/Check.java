package dev.yomu.support;

/**
 * Argument guards for programming errors. Messages name the parameter and what was expected, so a
 * failure points straight at the caller that passed the bad value.
 */
public final class Check {
    private Check() {}

    public static <T> T notNull(T value, String name) {
        if (value == null) throw new IllegalArgumentException("The parameter '" + name + "' must not be null.");
        return value;
    }

    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) throw new IllegalArgumentException("The parameter '" + name + "' must not be blank.");
        return value;
    }

    public static void isTrue(boolean condition, String message) {
        if (!condition) throw new IllegalArgumentException(message);
    }

    public static int inRange(int value, int min, int max, String name) {
        if (value < min || value > max)
            throw new IllegalArgumentException(
                    "The parameter '" + name + "' must be in [" + min + ", " + max + "] but was " + value + ".");
        return value;
    }

    /** For states the code's own logic rules out. */
    public static IllegalStateException wtf(String message) {
        return new IllegalStateException("Unexpected state: " + message);
    }
}
