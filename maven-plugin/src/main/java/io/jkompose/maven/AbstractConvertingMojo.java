package io.jkompose.maven;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.model.EnvFile;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.parser.InputFormat;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.ProjectLoader;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: which Compose project to load (the CLI's input flags) and how to convert
 * it (the CLI's conversion flags), each also settable as a {@code jkompose.*} user property; and
 * {@code skip}. The project is loaded as if {@code jkompose} ran in the Maven project's folder.
 */
abstract class AbstractConvertingMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    /** Compose files to read, merged in order ({@code -f}); default: the CLI's lookup from the project folder. */
    @Parameter(property = "jkompose.files")
    List<String> files = new ArrayList<>();

    /** Compose profiles to enable ({@code --profile}); default: COMPOSE_PROFILES. */
    @Parameter(property = "jkompose.profiles")
    List<String> profiles = new ArrayList<>();

    /** The project name ({@code -p}); default: COMPOSE_PROJECT_NAME, the top-level name, the folder's name. */
    @Parameter(property = "jkompose.projectName")
    String projectName;

    /** Keep variable references as written ({@code --no-interpolate}). */
    @Parameter(property = "jkompose.noInterpolate", defaultValue = "false")
    boolean noInterpolate;

    /** compose or opencompose ({@code --input-format}); default: told apart by the file's shape. */
    @Parameter(property = "jkompose.inputFormat")
    String inputFormat;

    /** Variables for interpolation; they win over the environment Maven runs in, which wins over .env. */
    @Parameter
    Map<String, String> environment = new HashMap<>();

    /** Namespace of the objects ({@code -n}); a Namespace object is made too. For apply/diff/down: where. */
    @Parameter(property = "jkompose.namespace")
    String namespace;

    /** Replicas of every workload ({@code --replicas}). */
    @Parameter(property = "jkompose.replicas")
    Integer replicas;

    /** deployment, daemonSet or statefulset ({@code --controller}). */
    @Parameter(property = "jkompose.controller")
    String controller;

    /** What volumes become ({@code --volumes}): persistentVolumeClaim, emptyDir, hostPath or configMap. */
    @Parameter(property = "jkompose.volumes")
    String volumes;

    /** Storage request of each claim ({@code --pvc-request-size}). */
    @Parameter(property = "jkompose.pvcRequestSize")
    String pvcRequestSize;

    /** label or volume ({@code --service-group-mode}). */
    @Parameter(property = "jkompose.serviceGroupMode")
    String serviceGroupMode;

    /** Name of the shared workload with serviceGroupMode volume ({@code --service-group-name}). */
    @Parameter(property = "jkompose.serviceGroupName")
    String serviceGroupName;

    /** Turn Compose networks into NetworkPolicies ({@code --generate-network-policies}). */
    @Parameter(property = "jkompose.generateNetworkPolicies", defaultValue = "false")
    boolean generateNetworkPolicies;

    /** Registry of the images of build-only services ({@code --image-registry}). */
    @Parameter(property = "jkompose.imageRegistry")
    String imageRegistry;

    /** Write the kompose.cmd and kompose.version annotations ({@code --with-kompose-annotation}). */
    @Parameter(property = "jkompose.withKomposeAnnotation", defaultValue = "true")
    boolean withKomposeAnnotation = true;

    /** Fail on any warning ({@code --error-on-warning}). */
    @Parameter(property = "jkompose.errorOnWarning", defaultValue = "false")
    boolean errorOnWarning;

    /** Do not log warnings and information ({@code --suppress-warnings}). */
    @Parameter(property = "jkompose.suppressWarnings", defaultValue = "false")
    boolean suppressWarnings;

    /** Do nothing. */
    @Parameter(property = "jkompose.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("jkompose: skipped (jkompose.skip)");
            return;
        }
        if (errorOnWarning && suppressWarnings) {
            throw new MojoFailureException("jkompose: errorOnWarning and suppressWarnings contradict each other; "
                    + "give one of them");
        }
        run();
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** A loaded project, its objects (empty when not converted), and the files that were read to make them. */
    record Loaded(Project project, List<HasMetadata> objects, Set<InputStamp.Input> inputs) {
    }

    /**
     * Loads the project and, when asked, converts it; diagnostics go to the log.
     *
     * @param commandWords what {@code kompose.cmd} records after {@code jkompose} (the equivalent CLI command)
     * @throws MojoFailureException on invalid input: errors in the files or the parameters
     */
    Loaded load(boolean convert, List<String> commandWords) throws MojoFailureException {
        DiagnosticLog diagnostics = new DiagnosticLog(getLog(), basedir(), suppressWarnings, errorOnWarning);
        LoadResult loaded = ProjectLoader.load(loadRequest());
        String stop = diagnostics.report(loaded.diagnostics());
        if (stop == null && loaded.project() == null) {
            stop = "the project could not be loaded";
        }
        if (stop != null) {
            throw new MojoFailureException("jkompose: " + stop);
        }
        Project project = loaded.project();
        if (!convert) {
            return new Loaded(project, List.of(), Set.of());
        }
        RecordingFileSource files = new RecordingFileSource();
        ConversionResult converted = KubernetesConverter.convert(project,
                settings().toOptions(commandWords, version()), files);
        stop = diagnostics.report(converted.diagnostics());
        if (stop != null) {
            throw new MojoFailureException("jkompose: " + stop);
        }
        return new Loaded(project, converted.objects(), inputsOf(project, files));
    }

    LoadRequest loadRequest() throws MojoFailureException {
        InputFormat format = InputFormat.AUTO;
        if (inputFormat != null) {
            try {
                format = InputFormat.valueOf(inputFormat.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("jkompose: parameter inputFormat must be compose or opencompose, not '"
                        + inputFormat + "'", e);
            }
        }
        return new LoadRequest(files, basedir(), loaderEnvironment(), profiles, projectName, !noInterpolate, null,
                format);
    }

    /**
     * The environment the loader interpolates with: Maven's own, under the {@code environment} parameter;
     * without the variable in which the mvn script passes its own command line, which would make every
     * build with other goals or properties look like a change of inputs.
     */
    Map<String, String> loaderEnvironment() {
        Map<String, String> all = new TreeMap<>(System.getenv());
        all.remove("MAVEN_CMD_LINE_ARGS");
        all.putAll(environment);
        return all;
    }

    ConvertSettings settings() {
        return new ConvertSettings(namespace, replicas, controller, volumes, pvcRequestSize, serviceGroupMode,
                serviceGroupName, generateNetworkPolicies, imageRegistry, withKomposeAnnotation);
    }

    /** The CLI's input flags that load the same project, for {@code kompose.cmd}. */
    List<String> inputFlags() {
        List<String> words = new ArrayList<>();
        files.forEach(file -> {
            words.add("-f");
            words.add(file);
        });
        profiles.forEach(profile -> {
            words.add("--profile");
            words.add(profile);
        });
        if (noInterpolate) {
            words.add("--no-interpolate");
        }
        if (projectName != null) {
            words.add("-p");
            words.add(projectName);
        }
        return words;
    }

    Path basedir() {
        return basedir.toPath().toAbsolutePath().normalize();
    }

    String version() {
        return plugin == null || plugin.getVersion() == null ? "unknown" : plugin.getVersion();
    }

    /**
     * The files a conversion depended on: the Compose files and every YAML file beside them (included
     * and extended files, an override file that may appear), the project's {@code .env}, the services'
     * env files, and what the converters looked at (configs, secrets, bind-mounted files).
     */
    private static Set<InputStamp.Input> inputsOf(Project project, RecordingFileSource files) {
        Set<InputStamp.Input> inputs = new TreeSet<>();
        files.seen().forEach(path -> inputs.add(InputStamp.Input.path(path)));
        for (Path file : project.files()) {
            Path absolute = file.toAbsolutePath().normalize();
            inputs.add(InputStamp.Input.path(absolute));
            if (absolute.getParent() != null) {
                // included and extended files, .env, and an override file that may appear later
                inputs.add(InputStamp.Input.composeFolder(absolute.getParent()));
            }
        }
        for (Service service : project.services().values()) {
            for (EnvFile envFile : service.process().envFiles()) {
                inputs.add(InputStamp.Input.path(envFile.path().toAbsolutePath().normalize()));
            }
        }
        return inputs;
    }
}
