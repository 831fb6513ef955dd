package dev.yomu.support;

/** Exit statuses of the yomu command, documented in the README. */
public final class ExitCodes {
    private ExitCodes() {}

    public static final int OK = 0;
    /** An unexpected internal error: a bug. */
    public static final int INTERNAL = 1;
    /** Bad input: a wrong option, an unreadable file, an empty text. */
    public static final int INVALID_INPUT = 2;
    /** Something named does not exist: an unknown article or word. */
    public static final int NOT_FOUND = 3;
    /** The environment is in the way: the database is locked or a folder cannot be written. */
    public static final int UNAVAILABLE = 4;
}
