package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.parser.ComposeLoader;
import io.jkompose.parser.LoadLimits;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A project folder for tests: write files into it, load it, look at what came out. */
final class Fixture {

    final Path dir;
    private final List<String> files = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> profiles = new ArrayList<>();
    private String projectName;
    private boolean interpolate = true;
    private Path workingDir;
    private String stdin;
    private LoadLimits limits;

    Fixture(Path dir) {
        this.dir = dir;
        this.workingDir = dir;
    }

    Fixture write(String name, String text) {
        try {
            Path path = dir.resolve(name);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes {@code compose.yaml} and loads it with {@code -f compose.yaml}. */
    Fixture compose(String text) {
        write("compose.yaml", text);
        return file("compose.yaml");
    }

    Fixture file(String name) {
        files.add(name);
        return this;
    }

    Fixture env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Fixture profile(String profile) {
        profiles.add(profile);
        return this;
    }

    Fixture projectName(String name) {
        this.projectName = name;
        return this;
    }

    Fixture noInterpolation() {
        this.interpolate = false;
        return this;
    }

    /** The text of standard input, for a file given as {@code -}. */
    Fixture stdin(String text) {
        this.stdin = text;
        return this;
    }

    Fixture workingDir(Path folder) {
        this.workingDir = folder;
        return this;
    }

    Fixture limits(LoadLimits newLimits) {
        this.limits = newLimits;
        return this;
    }

    LoadResult load() {
        return ComposeLoader.load(request());
    }

    /** What {@link #load()} loads, for tests that call the loader themselves. */
    LoadRequest request() {
        return new LoadRequest(files, workingDir, environment, profiles, projectName, interpolate, stdin, null, limits);
    }

    /** Loads and insists on success without any diagnostic at all. */
    Project project() {
        LoadResult result = load();
        assertThat(result.diagnostics()).as("diagnostics").isEmpty();
        assertThat(result.project()).isNotNull();
        return result.project();
    }

    /** Loads and insists on success; warnings allowed. */
    Project projectWithWarnings() {
        LoadResult result = load();
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).toList()).as("errors").isEmpty();
        assertThat(result.project()).isNotNull();
        return result.project();
    }

    Service service(String name) {
        Service service = project().services().get(name);
        assertThat(service).as("service " + name).isNotNull();
        return service;
    }

    /** Loads and insists on failure; the errors, each as {@code code@line:column: message}. */
    List<String> errors() {
        LoadResult result = load();
        assertThat(result.project()).as("project of a failed load").isNull();
        List<String> errors = result.diagnostics().stream().filter(Diagnostic::isError).map(Fixture::brief)
                .collect(Collectors.toList());
        assertThat(errors).isNotEmpty();
        return errors;
    }

    /** The project name Compose makes of a folder. */
    static String folderName(Path folder) {
        return ProjectNames.normalize(folder.getFileName().toString());
    }

    static String brief(Diagnostic d) {
        return d.code() + "@" + d.location().line() + ":" + d.location().column() + ": " + d.message();
    }

    /** The single error, insisting there is exactly one. */
    Diagnostic error() {
        LoadResult result = load();
        assertThat(result.project()).isNull();
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).as("errors").hasSize(1);
        return errors.get(0);
    }

    List<Diagnostic> warnings() {
        return load().diagnostics().stream().filter(d -> !d.isError()).toList();
    }
}
