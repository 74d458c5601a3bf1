package io.jkompose.model;

/** A value of a closed set (an enum) as a Compose file writes it: {@code on-failure}, {@code bind}. */
public interface WrittenValue {

    /** The value as a Compose file writes it. */
    String written();

    /** The constant of {@code type} written so, or null when {@code written} names none. */
    static <E extends Enum<E> & WrittenValue> E fromWritten(Class<E> type, String written) {
        for (E value : type.getEnumConstants()) {
            if (value.written().equals(written)) {
                return value;
            }
        }
        return null;
    }
}
