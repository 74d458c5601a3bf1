package io.jkompose.parser.opencompose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Project;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.yaml.YamlException;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.parser.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads OpenCompose files (format {@code 0.1-dev}) into the neutral model, so that every converter and
 * writer serves them as they serve Compose. Several files are read as one application: their services
 * and volumes together (names must not repeat); OpenCompose defines no merging. Nothing is interpolated:
 * OpenCompose has no variables. It never throws for bad input: problems are diagnostics, and any error
 * means no project.
 */
public final class OpenComposeLoader {

    private final LoadRequest request;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Nodes nodes = new Nodes(diagnostics);

    private OpenComposeLoader(LoadRequest request) {
        this.request = request;
    }

    public static LoadResult load(LoadRequest request) {
        return new OpenComposeLoader(request).run();
    }

    private LoadResult run() {
        if (request.workingDir() == null) {
            diagnostics.error(ParserCode.NO_COMPOSE_FILE, SourceLocation.NONE, "no working folder was given", null);
            return result(null);
        }
        List<InputText> inputs = InputFiles.read(request, diagnostics);
        if (inputs.isEmpty()) {
            return result(null);
        }
        List<OpenComposeSpec.File> files = new ArrayList<>();
        YamlReader reader = new YamlReader(request.limits().yaml());
        DocumentReader documents = new DocumentReader(nodes);
        for (InputText input : inputs) {
            List<YamlNode> read;
            try {
                read = reader.readAll(input.text(), input.display());
            } catch (YamlException e) {
                nodes.error(ParserCode.INVALID_YAML, e.location(), e.getMessage(), e.hint());
                continue;
            }
            read = read.stream().filter(document -> !document.isNull()).toList();
            if (read.isEmpty()) {
                nodes.error(ParserCode.EMPTY_FILE, SourceLocation.file(input.display()), "the OpenCompose file is empty",
                        "write version: \"" + Versions.CURRENT + "\" and services:");
            }
            for (YamlNode document : read) {
                OpenComposeSpec.File file = documents.read(document, input);
                if (file != null) {
                    files.add(file);
                }
            }
        }
        if (nodes.errorCount() > 0) {
            return result(null);
        }
        ModelMapper.Mapped mapped = new ModelMapper(nodes).map(files);
        if (nodes.errorCount() > 0) {
            return result(null);
        }
        Path projectDir = projectDir(inputs.get(0));
        List<Path> paths = inputs.stream().map(InputText::path).filter(path -> path != null).toList();
        return result(new Project(projectName(projectDir), projectDir, paths, mapped.services(), mapped.volumes(),
                null, null, null));
    }

    private Path projectDir(InputText first) {
        Path workingDir = request.workingDir().normalize();
        return first.path() == null || first.path().getParent() == null ? workingDir : first.path().getParent();
    }

    /** {@code -p}, else {@code COMPOSE_PROJECT_NAME}, else the folder's name, as Compose names projects. */
    private String projectName(Path projectDir) {
        String name = request.projectName();
        if (name == null || name.isBlank()) {
            name = request.environment().get("COMPOSE_PROJECT_NAME");
        }
        if (name == null || name.isBlank()) {
            name = projectDir.getFileName() == null ? "" : projectDir.getFileName().toString();
        }
        String normalized = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "").replaceAll("^[_-]+", "");
        return normalized.isEmpty() ? "default" : normalized;
    }

    private LoadResult result(Project project) {
        return new LoadResult(project, diagnostics.inSourceOrder());
    }
}
