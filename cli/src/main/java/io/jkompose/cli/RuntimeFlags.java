package io.jkompose.cli;

import io.jkompose.converters.options.RuntimeOptions;
import io.jkompose.converters.options.RuntimeOptions.CriAnnotations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code convert}'s flags for container runtime targeting (RuntimeClass, CRI annotations). The
 * repeatable ones name a class first, then what to say about it ({@code CLASS=KEY=VALUE,...}), so
 * that they read alike; the values are checked by {@link RuntimeOptions}, whose message a bad value
 * gets as a usage error.
 */
@Command(addMethodSubcommands = false) // a mixin; see LoadOptions
final class RuntimeFlags {

    /** The options of this group, for the "Runtime" section of the help. */
    static final String[] OPTIONS = {"--runtime-class", "--runtime-classes", "--runtime-class-overhead",
            "--runtime-class-node-selector", "--cri-annotations"};

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--runtime-class", paramLabel = "RUNTIME=CLASS", converter = ClassMappingConverter.class,
            description = "RuntimeClass for pods of services with Compose runtime RUNTIME, instead of the built-in "
                    + "table (runsc=gvisor, kata=kata, io.containerd.wasmedge.v1=wasmedge ...); an empty CLASS means "
                    + "none. Repeatable. A service's label jkompose.runtime.class wins over it.")
    List<ClassMapping> classMappings = new ArrayList<>();

    @Option(names = "--runtime-classes",
            description = "Also write a RuntimeClass (node.k8s.io/v1) for each class the pods use, with the "
                    + "handler of its runtime; written before all other objects.")
    boolean runtimeClasses;

    @Option(names = "--runtime-class-overhead", paramLabel = "CLASS=RESOURCE=QUANTITY[,...]",
            converter = OverheadConverter.class,
            description = "Fixed pod overhead of a written RuntimeClass: cpu and/or memory, e.g. "
                    + "kata=cpu=250m,memory=160Mi. Repeatable; implies --runtime-classes.")
    List<ClassSettings> overheads = new ArrayList<>();

    @Option(names = "--runtime-class-node-selector", paramLabel = "CLASS=KEY=VALUE[,...]",
            converter = NodeSelectorConverter.class,
            description = "Node labels a written RuntimeClass schedules its pods onto, e.g. "
                    + "gvisor=sandbox.example.com/gvisor=true. Repeatable; implies --runtime-classes.")
    List<ClassSettings> nodeSelectors = new ArrayList<>();

    private CriAnnotations criAnnotations = CriAnnotations.NONE;

    @Option(names = "--cri-annotations", paramLabel = "legacy|none",
            description = "legacy: mark the pods of gVisor and Kata services as untrusted workloads the way "
                    + "runtimes did before RuntimeClass (containerd 1.1-1.2, CRI-O before 1.14), instead of "
                    + "naming their RuntimeClass. Default none.")
    void criAnnotations(String value) {
        try {
            criAnnotations = CriAnnotations.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--cri-annotations must be legacy or none, not '"
                    + value + "'", e);
        }
    }

    RuntimeOptions toOptions() {
        RuntimeOptions options = RuntimeOptions.defaults().withRuntimeClasses(runtimeClasses)
                .withCriAnnotations(criAnnotations);
        for (ClassMapping mapping : classMappings) {
            options = options.withClassOverride(mapping.runtime(), mapping.className());
        }
        for (ClassSettings overhead : overheads) {
            options = options.withOverhead(overhead.className(), overhead.values());
        }
        for (ClassSettings selector : nodeSelectors) {
            options = options.withNodeSelector(selector.className(), selector.values());
        }
        return options;
    }

    /** {@code RUNTIME=CLASS}. */
    record ClassMapping(String runtime, String className) {
    }

    /** {@code CLASS=KEY=VALUE,KEY=VALUE}: a class and what to set on it, in the order written. */
    record ClassSettings(String className, Map<String, String> values) {
    }

    static final class ClassMappingConverter implements ITypeConverter<ClassMapping> {

        @Override
        public ClassMapping convert(String text) {
            int equals = text.indexOf('=');
            if (equals <= 0) {
                throw new TypeConversionException("expected RUNTIME=CLASS, such as runsc=gvisor, not '" + text + "'");
            }
            ClassMapping mapping = new ClassMapping(text.substring(0, equals).strip(), text.substring(equals + 1).strip());
            check(() -> RuntimeOptions.defaults().withClassOverride(mapping.runtime(), mapping.className()));
            return mapping;
        }
    }

    /** Parses {@code CLASS=KEY=VALUE,...}; the subclass checks the values by the rules of its option. */
    abstract static class ClassSettingsConverter implements ITypeConverter<ClassSettings> {

        @Override
        public ClassSettings convert(String text) {
            int equals = text.indexOf('=');
            if (equals <= 0 || equals == text.length() - 1) {
                throw new TypeConversionException("expected " + example() + ", not '" + text + "'");
            }
            String className = text.substring(0, equals).strip();
            Map<String, String> values = new LinkedHashMap<>();
            for (String pair : text.substring(equals + 1).split(",", -1)) {
                int separator = pair.indexOf('=');
                if (separator <= 0) {
                    throw new TypeConversionException("expected " + example() + "; '" + pair + "' is not KEY=VALUE");
                }
                values.put(pair.substring(0, separator).strip(), pair.substring(separator + 1).strip());
            }
            ClassSettings settings = new ClassSettings(className, values);
            check(() -> validate(settings));
            return settings;
        }

        abstract String example();

        abstract void validate(ClassSettings settings);
    }

    static final class OverheadConverter extends ClassSettingsConverter {

        @Override
        String example() {
            return "CLASS=RESOURCE=QUANTITY[,RESOURCE=QUANTITY], such as kata=cpu=250m,memory=160Mi";
        }

        @Override
        void validate(ClassSettings settings) {
            RuntimeOptions.defaults().withOverhead(settings.className(), settings.values());
        }
    }

    static final class NodeSelectorConverter extends ClassSettingsConverter {

        @Override
        String example() {
            return "CLASS=KEY=VALUE[,KEY=VALUE], such as gvisor=sandbox.example.com/gvisor=true";
        }

        @Override
        void validate(ClassSettings settings) {
            RuntimeOptions.defaults().withNodeSelector(settings.className(), settings.values());
        }
    }

    /** Turns a rule of {@link RuntimeOptions} broken by one value into a usage error. */
    private static void check(Runnable validation) {
        try {
            validation.run();
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
