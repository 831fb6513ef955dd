package dev.yomu.srs;

/** The learner's answer, with the FSRS grade G (1..4) as {@link #grade()}. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The FSRS grade: 1 Again, 2 Hard, 3 Good, 4 Easy. */
    public int grade() {
        return grade;
    }

    /**
     * The rating for a key the learner pressed ({@code 1}..{@code 4}).
     *
     * @throws IllegalArgumentException if {@code key} is not 1..4
     */
    public static Rating fromKey(int key) {
        return switch (key) {
            case 1 -> AGAIN;
            case 2 -> HARD;
            case 3 -> GOOD;
            case 4 -> EASY;
            default -> throw new IllegalArgumentException("The parameter 'key' must be in [1, 4] but was " + key + ".");
        };
    }
}
