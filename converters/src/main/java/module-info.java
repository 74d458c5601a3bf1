/**
 * The conversion to Kubernetes. Exports its API only: the converter and its result (the root
 * package), the options, the diagnostic codes, the Kubernetes name rules (the CLI checks option
 * values with them) and the writers. The plan, the pipeline and the steps stay inside; the
 * golden tests' ConvertersApiTest checks that the consumers keep to these packages.
 */
module io.jkompose.converters {
    requires transitive io.jkompose.model;
    requires io.jkompose.syntax;
    // fabric8's model jars are automatic modules (no module-info, no Automatic-Module-Name): their
    // names come from the jar files. ConversionResult lists fabric8 objects, hence transitive.
    requires transitive kubernetes.model.core;
    requires kubernetes.model.common;
    requires kubernetes.model.apps;
    requires kubernetes.model.batch;
    requires kubernetes.model.autoscaling;
    requires kubernetes.model.node;
    requires kubernetes.model.networking;
    requires kubernetes.model.rbac;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;

    exports io.jkompose.converters;
    exports io.jkompose.converters.options;
    exports io.jkompose.converters.diagnostics;
    exports io.jkompose.converters.naming;
    exports io.jkompose.converters.writers;
    exports io.jkompose.converters.writers.kustomize;
}
