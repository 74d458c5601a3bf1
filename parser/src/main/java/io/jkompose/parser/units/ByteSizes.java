package io.jkompose.parser.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Compose byte sizes ({@code mem_limit}, {@code shm_size}, tmpfs {@code size}...) the way
 * compose-go does: a plain integer is a number of bytes (a sign is allowed there, so {@code -1}
 * passes, as Compose uses it for "unlimited"); otherwise docker/go-units' {@code RAMInBytes}
 * applies: a decimal number, an optional space, an optional unit {@code k m g t p} (powers of 1024),
 * an optional {@code i} and an optional {@code b}, all case-insensitive ({@code 512}, {@code 512b},
 * {@code 1k}, {@code 1kb}, {@code 1KiB}, {@code 64m}, {@code 1.5g}, {@code 1 GB}, {@code 2t}). A
 * fractional result is truncated to whole bytes.
 */
public final class ByteSizes {

    private static final Pattern PLAIN = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern SIZE = Pattern.compile("([0-9]+(?:\\.[0-9]+)*) ?([kmgtp])?i?b?",
            Pattern.CASE_INSENSITIVE);
    /** The smallest double above every long; a size this large cannot be held. */
    private static final double TOO_LARGE = 0x1p63;
    private static final String ACCEPTED = "write a number of bytes, optionally followed by a unit b, k, m, g, t"
            + " or p (1024-based, case-insensitive), such as 512, 64m, 1.5g or 2gb";

    private ByteSizes() {
    }

    public static long parse(String text) {
        if (text == null || text.isEmpty()) {
            throw invalid(text, "it is empty");
        }
        if (PLAIN.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw invalid(text, "it is too large");
            }
        }
        Matcher matcher = SIZE.matcher(text);
        if (!matcher.matches()) {
            throw invalid(text, "it is not a number with an optional unit");
        }
        String number = matcher.group(1);
        if (number.indexOf('.') != number.lastIndexOf('.')) {
            throw invalid(text, "\"" + number + "\" is not a number");
        }
        double size = Double.parseDouble(number) * multiplier(matcher.group(2));
        if (size >= TOO_LARGE) {
            throw invalid(text, "it is too large");
        }
        return (long) size;
    }

    private static long multiplier(String unit) {
        if (unit == null) {
            return 1L;
        }
        return switch (Character.toLowerCase(unit.charAt(0))) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            default -> 1L << 50;
        };
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("invalid size \"" + text + "\": " + reason + "; " + ACCEPTED);
    }
}
