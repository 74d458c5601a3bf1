package io.jkompose.converters.testing;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.Planner;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.FileSource;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import java.util.List;

/** Runs single steps on a service, for the steps' unit tests. */
public final class Contexts {

    private Contexts() {
    }

    /** A context for a project holding only this service, with kompose's default options. */
    public static ServiceContext of(Service service) {
        return of(Fixtures.project("proj", service), service, Fixtures.options());
    }

    public static ServiceContext of(Service service, ConvertOptions options) {
        return of(Fixtures.project("proj", service), service, options);
    }

    public static ServiceContext of(Project project, Service service, ConvertOptions options) {
        ProjectContext context = project(project, options);
        return new ServiceContext(context, context.plan().service(service.name()));
    }

    /** The project planned (as a conversion plans it), without files, ready for the build steps. */
    public static ProjectContext project(Project project, ConvertOptions options) {
        return project(project, options, InMemoryFiles.none());
    }

    /** The project planned (as a conversion plans it) with these files, ready for the build steps. */
    public static ProjectContext project(Project project, ConvertOptions options, FileSource files) {
        Diagnostics diagnostics = new Diagnostics();
        return new ProjectContext(Planner.plan(project, options, files, diagnostics), files, diagnostics);
    }

    /** Applies the steps in order and returns the context. */
    public static ServiceContext run(ServiceContext context, ServiceConversionStep... steps) {
        for (ServiceConversionStep step : steps) {
            step.apply(context);
        }
        return context;
    }

    public static List<Diagnostic> diagnostics(ServiceContext context) {
        return context.diagnostics().toList();
    }

    public static List<String> codes(ServiceContext context) {
        return context.diagnostics().toList().stream().map(Diagnostic::code).toList();
    }
}
