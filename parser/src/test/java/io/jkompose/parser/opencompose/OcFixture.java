package io.jkompose.parser.opencompose;

import io.jkompose.model.Diagnostic;
import io.jkompose.parser.InputFormat;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.ProjectLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes files into a test's folder and loads them through {@link ProjectLoader}, as the CLI does. */
final class OcFixture {

    private OcFixture() {
    }

    static Path write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code files} from {@code folder}, the format told apart by shape. */
    static LoadResult load(Path folder, String... files) {
        return ProjectLoader.load(request(folder, List.of(files), Map.of(), null, InputFormat.AUTO));
    }

    static LoadRequest request(Path folder, List<String> files, Map<String, String> environment, String stdin,
            InputFormat format) {
        return new LoadRequest(files, folder, environment, List.of(), null, true, stdin, format);
    }

    /** Writes {@code text} as {@code app.yaml} and loads it. */
    static LoadResult loadText(Path folder, String text) {
        write(folder, "app.yaml", text);
        return load(folder, "app.yaml");
    }

    /** Each diagnostic as {@code file:line:column: severity: message (hint)}. */
    static List<String> lines(LoadResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }
}
