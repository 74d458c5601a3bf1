package io.jkompose.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Git repository a folder belongs to, read from its {@code .git} without running git: its top
 * folder, the checked-out branch ({@code HEAD}) and the URL of that branch's remote (its
 * {@code branch.<name>.remote}, else {@code origin}) from the repository's {@code config}. A linked
 * worktree ({@code .git} is a file naming its git folder, whose {@code commondir} names the shared
 * one) is read like a plain checkout.
 *
 * @param root      the top folder of the working tree
 * @param branch    the checked-out branch, or null when HEAD is detached
 * @param remoteUrl the remote's URL, or null when the repository has no such remote
 * @param remote    the name of the remote looked up
 */
record GitRepository(Path root, String branch, String remoteUrl, String remote) {

    /** The repository that holds {@code folder}, looking upwards; null when there is none. */
    static GitRepository find(Path folder) throws IOException {
        for (Path current = folder.toAbsolutePath().normalize(); current != null; current = current.getParent()) {
            Path dotGit = current.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return read(current, dotGit, dotGit);
            }
            if (Files.isRegularFile(dotGit)) {
                String line = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
                if (!line.startsWith("gitdir:")) {
                    return null;
                }
                Path gitDir = current.resolve(line.substring("gitdir:".length()).strip()).normalize();
                Path commonFile = gitDir.resolve("commondir");
                Path commonDir = Files.isRegularFile(commonFile)
                        ? gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).strip()).normalize()
                        : gitDir;
                return read(current, gitDir, commonDir);
            }
        }
        return null;
    }

    private static GitRepository read(Path root, Path gitDir, Path commonDir) throws IOException {
        String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).strip();
        String branch = head.startsWith("ref: refs/heads/") ? head.substring("ref: refs/heads/".length()) : null;
        Map<String, String> config = config(commonDir.resolve("config"));
        String remote = branch == null ? null : config.get("branch." + branch + ".remote");
        if (remote == null || remote.equals(".")) {
            remote = "origin";
        }
        return new GitRepository(root, branch, config.get("remote." + remote + ".url"), remote);
    }

    /**
     * The {@code section.subsection.key = value} entries of a git config file (section and key in
     * lower case, as git compares them; the subsection as written). Includes are not followed.
     */
    static Map<String, String> config(Path file) throws IOException {
        Map<String, String> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        String section = "";
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String header = line.substring(1, line.length() - 1).strip();
                int quote = header.indexOf('"');
                section = quote < 0 ? header.toLowerCase(Locale.ROOT)
                        : header.substring(0, quote).strip().toLowerCase(Locale.ROOT) + "."
                                + header.substring(quote + 1, header.lastIndexOf('"'));
                continue;
            }
            int equals = line.indexOf('=');
            String key = (equals < 0 ? line : line.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "true" : unquote(line.substring(equals + 1).strip());
            entries.put(section + "." + key, value);
        }
        return entries;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
