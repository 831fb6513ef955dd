package dev.yomu.store;

/** An unexpected database failure (not the learner's fault): reported as an internal error. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
