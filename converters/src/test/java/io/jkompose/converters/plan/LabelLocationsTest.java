package io.jkompose.converters.plan;

import io.jkompose.converters.testing.Fixtures;
import io.jkompose.converters.testing.InMemoryFiles;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A label that cannot be followed is reported at its own line, not at the {@code labels} key. */
class LabelLocationsTest {

    private static final ConvertOptions OPTIONS = Fixtures.options().withKomposeAnnotation(false, "", "");

    /** A service whose labels are written one per line, from line 11 on, under {@code labels:} at line 10. */
    private static Service labelled(String name, String... labelValues) {
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        keys.put("image", at(3, 5));
        keys.put("labels", at(10, 5));
        Map<String, String> labels = new TreeMap<>();
        for (int i = 0; i < labelValues.length; i += 2) {
            keys.put("labels." + labelValues[i], at(11 + i / 2, 7));
            labels.put(labelValues[i], labelValues[i + 1]);
        }
        return service(name, "img").keys(keys).labels(new TreeMap<>(labels)).build();
    }

    private static ConversionResult convert(Service service) {
        return KubernetesConverter.convert(project("p", service), OPTIONS, InMemoryFiles.none());
    }

    @Test
    void probeLabels() {
        ConversionResult result = convert(labelled("a",
                "kompose.service.healthcheck.readiness.interval", "3s",
                "kompose.service.healthcheck.liveness.tcp_port", "not a port"));
        assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::location).containsExactly(
                tuple("unconverted-label", at(11, 7)), // timing without a check: at the first readiness label
                tuple("invalid-label", at(12, 7)));
    }

    @Test
    void fsGroupPullPolicyAndCredentialLabels() {
        ConversionResult result = convert(labelled("a",
                "kompose.security-context.fsgroup", "staff",
                "kompose.image-pull-policy", "Sometimes",
                "kompose.serviceaccount-name", "Not_A_Name"));
        assertThat(result.diagnostics()).extracting(Diagnostic::location)
                .containsExactly(at(11, 7), at(12, 7), at(13, 7));
    }

    @Test
    void initContainerAndNameOverrideLabels() {
        ConversionResult init = convert(labelled("a", "kompose.init.containers.name", "setup"));
        assertThat(init.diagnostics()).extracting(Diagnostic::location).containsExactly(at(11, 7));
        ConversionResult name = convert(labelled("a", "kompose.service.name_override", " "));
        assertThat(name.diagnostics()).extracting(Diagnostic::code, Diagnostic::location)
                .containsExactly(tuple("invalid-label", at(11, 7)));
    }

    @Test
    void runtimeClassLabel() {
        ConversionResult result = convert(labelled("a", "jkompose.runtime.class", "Not Valid"));
        assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::location)
                .containsExactly(tuple("invalid-runtime-class", at(11, 7)));
    }
}
