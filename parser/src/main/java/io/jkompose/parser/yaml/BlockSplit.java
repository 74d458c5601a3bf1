package io.jkompose.parser.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a large YAML text can be read in pieces: the body of one top-level key (a Compose file's
 * {@code services:}) cut between its entries, so that each piece is a block mapping YAML reads on
 * its own. Found from the lines alone, and only for the plainest layout: one document, line
 * breaks {@code \n} or {@code \r\n}, the key alone on its line, every entry a plain key at one
 * indentation, and no other line of the body indented less. Anything else is no split; the reader
 * then reads the text whole, and it also does when a piece does not read as it would in place.
 *
 * @param key       the top-level key whose body is split
 * @param bodyStart where the body starts (the line after the key's)
 * @param bodyEnd   where it ends (the next top-level line, or the end of the text)
 * @param pieces    where each piece starts, the first at {@code bodyStart}; each ends where the next starts
 * @param firstLines the line (from 0) of the text each piece starts on
 */
record BlockSplit(String key, int bodyStart, int bodyEnd, List<Integer> pieces, List<Integer> firstLines) {

    /** The split of the largest top-level body into about {@code pieces} pieces; null when there is none. */
    static BlockSplit of(String text, int pieces) {
        if (pieces < 2 || hasOtherLineBreaks(text)) {
            return null;
        }
        // the top-level key with the largest body that is a key alone on its line
        String bestKey = null;
        int bestStart = -1;
        int bestEnd = -1;
        int bestFirstLine = -1;
        String openKey = null;
        int openStart = -1;
        int openFirstLine = -1;
        int line = 0;
        for (int start = 0; start < text.length(); line++) {
            int end = lineEnd(text, start);
            char first = text.charAt(start);
            if (start < end && first != ' ' && first != '#' && first != '\r') {
                if (text.startsWith("---", start) || text.startsWith("...", start) || first == '%') {
                    return null; // more than one document, or directives
                }
                if (openKey != null && start - openStart > bestEnd - bestStart) {
                    bestKey = openKey;
                    bestStart = openStart;
                    bestEnd = start;
                    bestFirstLine = openFirstLine;
                }
                openKey = keyAlone(text, start, end);
                openStart = next(text, end);
                openFirstLine = line + 1;
            }
            start = next(text, end);
        }
        if (openKey != null && text.length() - openStart > bestEnd - bestStart) {
            bestKey = openKey;
            bestStart = openStart;
            bestEnd = text.length();
            bestFirstLine = openFirstLine;
        }
        if (bestKey == null) {
            return null;
        }
        return cut(text, bestKey, bestStart, bestEnd, bestFirstLine, pieces);
    }

    /** The body cut before entries, about evenly by length; null when its lines are not all plain entries. */
    private static BlockSplit cut(String text, String key, int bodyStart, int bodyEnd, int firstLine, int pieces) {
        List<Integer> entryStarts = new ArrayList<>();
        List<Integer> entryLines = new ArrayList<>();
        int indent = -1;
        int line = firstLine;
        for (int start = bodyStart; start < bodyEnd; line++) {
            int end = lineEnd(text, start);
            int spaces = 0;
            while (start + spaces < end && text.charAt(start + spaces) == ' ') {
                spaces++;
            }
            int content = start + spaces;
            boolean blank = content == end || content == end - 1 && text.charAt(content) == '\r';
            if (!blank && text.charAt(content) != '#') {
                if (indent < 0) {
                    indent = spaces;
                }
                if (spaces < indent || indent == 0) {
                    return null;
                }
                if (spaces == indent) {
                    if (!isPlainKeyStart(text.charAt(content))) {
                        return null; // a list, a flow mapping, a quoted or complex key, a merge key, an anchor...
                    }
                    entryStarts.add(start);
                    entryLines.add(line);
                }
            }
            start = next(text, end);
        }
        if (entryStarts.size() < 2) {
            return null;
        }
        // the first piece takes the lines before the first entry (comments, blank lines) too
        List<Integer> starts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        starts.add(bodyStart);
        lines.add(firstLine);
        int target = Math.max(1, (bodyEnd - bodyStart) / pieces);
        for (int i = 1; i < entryStarts.size(); i++) {
            if (entryStarts.get(i) - starts.get(starts.size() - 1) >= target) {
                starts.add(entryStarts.get(i));
                lines.add(entryLines.get(i));
            }
        }
        if (starts.size() < 2) {
            return null;
        }
        return new BlockSplit(key, bodyStart, bodyEnd, List.copyOf(starts), List.copyOf(lines));
    }

    /** The text of piece {@code i}. */
    String piece(String text, int i) {
        int end = i + 1 < pieces.size() ? pieces.get(i + 1) : bodyEnd;
        return text.substring(pieces.get(i), end);
    }

    /** The text with the body's lines emptied: the same lines and columns everywhere else, the key's value null. */
    String rest(String text) {
        StringBuilder rest = new StringBuilder(text.length() - (bodyEnd - bodyStart) + 1024);
        rest.append(text, 0, bodyStart);
        for (int i = bodyStart; i < bodyEnd; i++) {
            if (text.charAt(i) == '\n') {
                rest.append('\n');
            }
        }
        return rest.append(text, bodyEnd, text.length()).toString();
    }

    /** {@code key:} alone on its line (a comment may follow), or null. */
    private static String keyAlone(String text, int start, int end) {
        int i = start;
        if (!isPlainKeyStart(text.charAt(i))) {
            return null;
        }
        while (i < end && isPlainKeyPart(text.charAt(i))) {
            i++;
        }
        if (i == end || text.charAt(i) != ':') {
            return null;
        }
        String key = text.substring(start, i);
        for (i++; i < end; i++) {
            char c = text.charAt(i);
            if (c == '#' && text.charAt(i - 1) == ' ') {
                return key;
            }
            if (c != ' ' && !(c == '\r' && i == end - 1)) {
                return null;
            }
        }
        return key;
    }

    private static boolean isPlainKeyStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isPlainKeyPart(char c) {
        return isPlainKeyStart(c) || c == '-' || c == '.';
    }

    /** A lone {@code \r} and the breaks YAML 1.1 knew (NEL, LS, PS) would make the lines counted here not YAML's. */
    private static boolean hasOtherLineBreaks(String text) {
        if (text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) {
            return true;
        }
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
                return true;
            }
        }
        return false;
    }

    /** The index of the line's {@code \n}, or the text's end. */
    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    private static int next(String text, int end) {
        return Math.min(end + 1, text.length());
    }
}
