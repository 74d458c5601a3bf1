package io.jkompose.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** jkompose's version, as Maven wrote it into {@code version.properties} at build time. */
public final class VersionInfo implements IVersionProvider {

    private static final String UNKNOWN = "unknown";

    /** The version, read once; {@code unknown} when the resource was not filtered (an IDE run). */
    public static String version() {
        return Holder.VERSION;
    }

    /** The line {@code version} and {@code --version} print. */
    public static String line() {
        return "jkompose version " + version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }

    /** Lazy: only the commands that need the version pay for reading it. */
    private static final class Holder {
        static final String VERSION = read();

        private static String read() {
            try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    return UNKNOWN;
                }
                Properties properties = new Properties();
                properties.load(in);
                String value = properties.getProperty("version", "").trim();
                return value.isEmpty() || value.contains("${") ? UNKNOWN : value;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read jkompose's version.properties", e);
            }
        }
    }
}
