package io.jkompose.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a bare {@code java -jar jkompose.jar} the JVM options the launchers use.
 *
 * <p>A jar cannot carry JVM options, and the JVM's defaults suit long-running servers: on a 24 GB
 * machine G1 grew to 1.2 GB resident converting 10,000 services, where the serial collector with a
 * small young generation needs under 300 MB, and C2 compiles what a one-second process never repays.
 * So a jar started with no JVM options of the user's starts itself again with the launcher's options
 * (and the class-data archive built beside it, when there is one), passes its streams on, and
 * returns the child's exit code. Anything the user chose (a JVM option other than {@code -D},
 * {@code JAVA_TOOL_OPTIONS},
 * {@code JDK_JAVA_OPTIONS}, {@code JKOMPOSE_RELAUNCH=false}) keeps the process as it is.
 */
final class Relaunch {

    /** Set on the JVMs a launcher started (the scripts pass {@code script}, a relaunch {@code relaunch}). */
    static final String LAUNCHER_PROPERTY = "jkompose.launcher";

    /**
     * C1 only; the serial collector with a small young generation whose survivors go straight to the
     * old one (what a conversion builds lives to its end, so copying it between survivor spaces is
     * waste: 10,000 services spent 1.4 s in young pauses, 0.6 s with this). The launchers use the same.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn24m", "-XX:MaxTenuringThreshold=0");

    /** What a shell reports for a process ended by SIGKILL. */
    private static final int KILLED = 137;

    private Relaunch() {
    }

    /** The facts about this process the decision reads, so that a test can give its own. */
    record Process(Optional<String> javaCommand, List<String> arguments, Map<String, String> environment,
            String launcherProperty, int javaFeatureVersion) {

        static Process current() {
            // No lambdas on this path: it runs before anything else, and lambda classes made here were not
            // taken into the start-up archive (StartupArchivesIT).
            String launcher = System.getProperty(LAUNCHER_PROPERTY);
            if (launcher != null) {
                // a launcher's JVM (every ./jkompose run, every relaunched child) runs here: nothing more to read
                return new Process(Optional.empty(), List.of(), Map.of(), launcher, Runtime.version().feature());
            }
            Optional<Process> fromProc = fromProc(System.getenv());
            if (fromProc.isPresent()) {
                return fromProc.get();
            }
            ProcessHandle.Info info = ProcessHandle.current().info();
            Optional<String[]> arguments = info.arguments();
            return new Process(info.command(), arguments.isPresent() ? List.of(arguments.get()) : List.of(),
                    System.getenv(), null, Runtime.version().feature());
        }

        /**
         * On Linux, the command line from {@code /proc/self}, where {@link ProcessHandle.Info} reads it too;
         * in a fresh JVM that took 6-16 ms (it finds out much else, the user's name among it), this 4.
         */
        private static Optional<Process> fromProc(Map<String, String> environment) {
            Path self = Path.of("/proc/self");
            try {
                String command = Files.readSymbolicLink(self.resolve("exe")).toString();
                byte[] line = Files.readAllBytes(self.resolve("cmdline"));
                // decoded as the JVM decoded them for main, so that the child gets the same ones
                Charset charset = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
                List<String> arguments = new ArrayList<>();
                int start = 0;
                for (int i = 0; i < line.length; i++) {
                    if (line[i] == 0) {
                        arguments.add(new String(line, start, i - start, charset));
                        start = i + 1;
                    }
                }
                if (arguments.isEmpty()) {
                    return Optional.empty();
                }
                // the first is the program as it was called (argv[0]); ProcessHandle leaves it out too
                return Optional.of(new Process(Optional.of(command), List.copyOf(arguments.subList(1,
                        arguments.size())), environment, null, Runtime.version().feature()));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * The child's command line, or empty to run here: when this JVM was started as
     * {@code java -jar JAR ARGS...} with nothing else.
     */
    static Optional<List<String>> command(Process process) {
        if (process.launcherProperty() != null || process.javaCommand().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> env = process.environment();
        String choice = env.getOrDefault("JKOMPOSE_RELAUNCH", "");
        if (choice.equalsIgnoreCase("false") || choice.equals("0")
                || env.containsKey("JAVA_TOOL_OPTIONS") || env.containsKey("JDK_JAVA_OPTIONS")) {
            return Optional.empty();
        }
        // System properties (-Djkompose.limits.services=N) are settings, not a choice of JVM tuning:
        // they go on to the child. Any other option before -jar is the user's to keep.
        List<String> arguments = process.arguments();
        int jarOption = 0;
        while (jarOption < arguments.size() && arguments.get(jarOption).startsWith("-D")) {
            jarOption++;
        }
        if (arguments.size() < jarOption + 2 || !arguments.get(jarOption).equals("-jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(arguments.get(jarOption + 1));
        List<String> command = new ArrayList<>();
        command.add(process.javaCommand().get());
        command.addAll(JVM_OPTIONS);
        command.addAll(archiveOptions(jar, process.javaFeatureVersion()));
        command.add("-D" + LAUNCHER_PROPERTY + "=relaunch");
        command.addAll(arguments);
        return Optional.of(command);
    }

    /**
     * The archive of start-up classes built beside the jar: an AOT cache for JDK 25 and later, else a
     * CDS archive. One made by another JDK build is not used; the JVM checks that itself, and its note
     * about that is kept off the output (as the launchers do).
     */
    static List<String> archiveOptions(Path jar, int javaFeatureVersion) {
        String name = jar.getFileName().toString();
        String base = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
        Path folder = jar.toAbsolutePath().getParent();
        Path aotCache = folder.resolve(base + ".aot");
        if (javaFeatureVersion >= 25 && Files.isRegularFile(aotCache)) {
            return List.of("-XX:AOTCache=" + aotCache, "-Xlog:aot*=off,cds*=off");
        }
        Path cdsArchive = folder.resolve(base + ".jsa");
        if (Files.isRegularFile(cdsArchive)) {
            return List.of("-XX:SharedArchiveFile=" + cdsArchive, "-Xshare:auto", "-Xlog:cds*=off");
        }
        return List.of();
    }

    /**
     * Runs the child with this process's streams and returns its exit code; empty when it cannot
     * start (a sandbox that forbids it, say), and then jkompose runs in this process.
     */
    static Optional<Integer> run(List<String> command) {
        java.lang.Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        // Killed (Ctrl-C, a CI timeout), this process takes its child along.
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        while (true) {
            try {
                return Optional.of(child.waitFor());
            } catch (InterruptedException e) {
                // nothing interrupts main here but a signal, which the shutdown hook handles
            }
        }
    }

    /** In a relaunched child: end when the parent is killed outright (SIGKILL runs no shutdown hook). */
    static void followParent() {
        if (!"relaunch".equals(System.getProperty(LAUNCHER_PROPERTY))) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(parent ->
                parent.onExit().thenRun(() -> Runtime.getRuntime().halt(KILLED)));
    }
}
