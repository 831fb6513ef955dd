package dev.yomu.support;

/**
 * A problem the learner can act on: bad input, a missing article, a locked database. The message is
 * one line written for a person (what is wrong and what to do); the CLI prints it without a stack
 * trace unless --debug is given.
 */
public class YomuException extends RuntimeException {
    private final int exitCode;

    public YomuException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public YomuException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The input (a file, an argument) is wrong; exit code 2. */
    public static YomuException invalidInput(String message) {
        return new YomuException(ExitCodes.INVALID_INPUT, message);
    }

    public static YomuException invalidInput(String message, Throwable cause) {
        return new YomuException(ExitCodes.INVALID_INPUT, message, cause);
    }

    /** Something named does not exist (an article, a word); exit code 3. */
    public static YomuException notFound(String message) {
        return new YomuException(ExitCodes.NOT_FOUND, message);
    }

    /** The environment is in the way (a locked database, an unwritable folder); exit code 4. */
    public static YomuException unavailable(String message, Throwable cause) {
        return new YomuException(ExitCodes.UNAVAILABLE, message, cause);
    }
}
