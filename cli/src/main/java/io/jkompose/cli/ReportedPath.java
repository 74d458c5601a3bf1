package io.jkompose.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A diagnostic's file as the machine-readable formats write it: relative to the working folder
 * (with {@code ../} when outside it), '/' between names on every platform, so that the output
 * is the same on every machine and code-scanning tools find the file in the checkout.
 */
final class ReportedPath {

    private ReportedPath() {
    }

    /** @param file as the loader names it: relative to the working folder when inside it, else absolute */
    static String relative(String file, Path workingDir) {
        String relative = file;
        try {
            Path path = Path.of(file);
            if (path.isAbsolute()) {
                Path base = workingDir.toAbsolutePath().normalize();
                if (path.getRoot().equals(base.getRoot())) {
                    relative = base.relativize(path.normalize()).toString();
                }
            }
        } catch (InvalidPathException e) {
            // not a path (a name such as <stdin> on Windows): written as it is
        }
        return File.separatorChar == '/' ? relative : relative.replace(File.separatorChar, '/');
    }

    /**
     * The relative path as a URI reference (RFC 3986): each name percent-encoded but for the
     * unreserved characters, so that {@code <stdin>} or a space cannot make it invalid, and a
     * ':' cannot be read as a scheme.
     */
    static String uri(String relativePath) {
        StringBuilder uri = new StringBuilder();
        for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isUnreserved(c) || c == '/') {
                uri.append(c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return uri.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
