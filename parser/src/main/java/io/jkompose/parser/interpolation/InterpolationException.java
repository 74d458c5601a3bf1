package io.jkompose.parser.interpolation;

/** A text that cannot be interpolated: a malformed reference, or a required variable without a value. */
public final class InterpolationException extends Exception {

    /** What went wrong, for callers that word their own messages or hints. */
    public enum Problem {
        /** The text is not valid interpolation syntax, such as a reference without its closing brace. */
        INVALID_FORMAT,
        /** A {@code ${VAR:?message}} or {@code ${VAR?message}} whose variable has no value. */
        MISSING_REQUIRED
    }

    private final Problem problem;
    private final int offset;
    private final String variable;

    public InterpolationException(Problem problem, String message, int offset, String variable) {
        super(message);
        this.problem = problem;
        this.offset = offset;
        this.variable = variable;
    }

    public Problem problem() {
        return problem;
    }

    /** The index in the interpolated text where the problem starts (the {@code $} of the reference). */
    public int offset() {
        return offset;
    }

    /** The required variable that has no value; null for a format problem. */
    public String variable() {
        return variable;
    }
}
