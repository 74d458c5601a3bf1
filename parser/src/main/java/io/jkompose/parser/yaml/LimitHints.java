package io.jkompose.parser.yaml;

/** The system properties that raise the loader's limits, and the words that tell a user about them. */
public final class LimitHints {

    public static final String FILE_CHARS_PROPERTY = "jkompose.limits.fileChars";
    public static final String DEPTH_PROPERTY = "jkompose.limits.depth";
    public static final String ALIAS_NODES_PROPERTY = "jkompose.limits.aliasNodes";
    public static final String SCALAR_CHARS_PROPERTY = "jkompose.limits.scalarChars";
    public static final String SERVICES_PROPERTY = "jkompose.limits.services";

    private LimitHints() {
    }

    /** The hint of a limit's error. */
    public static String howToRaise(String property) {
        return "if the input is meant to be this large, raise the limit with -D" + property
                + "=N, in JAVA_OPTS for bin/jkompose";
    }
}
