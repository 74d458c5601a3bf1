package io.jkompose.converters.steps.metadata;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.model.Deploy;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Service;
import io.jkompose.model.Severity;
import io.jkompose.converters.testing.InMemoryFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnconvertedKeysStepTest {

    private static final ConvertOptions OPTIONS = Fixtures.options().withKomposeAnnotation(false, "", "");

    @Test
    void eachKeyNoStepConvertsGetsOneWarningAtThatKey() {
        // keys(...) puts them on lines 3, 4, 5 ... in this order
        Service web = service("web", "nginx")
                .keys(keys("image", "external_links", "mac_address", "cgroup_parent", "x-custom", "profiles",
                        "container_name", "ulimits"))
                .containerName("web-1").build();
        List<Diagnostic> warnings = unconverted(web);
        assertThat(warnings).extracting(Diagnostic::location)
                .containsExactly(at(4, 5), at(5, 5), at(6, 5), at(10, 5));
        assertThat(warnings).extracting(Diagnostic::message).containsExactly(
                "key 'external_links' of service 'web' is not converted to Kubernetes (yet)",
                "key 'mac_address' of service 'web' is not converted to Kubernetes (yet)",
                "key 'cgroup_parent' of service 'web' is not converted to Kubernetes (yet)",
                "key 'ulimits' of service 'web' is not converted to Kubernetes (yet)");
        assertThat(warnings).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void eachDeploySubKeyNotConvertedIsNamed() {
        Deploy deploy = new Deploy("replicated", 2, map("a", "b"), null, null, null, null,
                new Deploy.UpdateConfig(1, null, null, null, null, null, at(9, 7)), null, at(7, 5));
        Service app = service("app", "x").keys(keys("image", "deploy")).deploy(deploy).build();
        List<Diagnostic> warnings = unconverted(app);
        assertThat(warnings).extracting(Diagnostic::message).containsExactly(
                "key 'deploy.rollback_config' of service 'app' is not converted to Kubernetes (yet)");
        assertThat(warnings).extracting(Diagnostic::location).containsExactly(at(9, 7));
    }

    @Test
    void komposeLabelDirectivesThatAreNotFollowedAreReported() {
        Service app = service("app", "x").keys(keys("image", "labels"))
                .labels(map("kompose.service.colour", "blue", "kompose.image-pull-policy", "Always", "team", "a"))
                .build();
        List<Diagnostic> warnings = KubernetesConverter.convert(project("p", app), OPTIONS, InMemoryFiles.none()).diagnostics();
        assertThat(warnings).extracting(Diagnostic::code).containsExactly("unconverted-label");
        assertThat(warnings.get(0).message()).contains("kompose.service.colour");
        assertThat(warnings.get(0).location()).isEqualTo(at(4, 5));
    }

    @Test
    void everyKeyTheStepsDeclareIsSilent() {
        Service all = service("all", "x").keys(keys("image", "build", "pull_policy", "container_name", "entrypoint",
                "command", "working_dir", "stdin_open", "tty", "environment", "env_file", "ports", "expose",
                "healthcheck", "read_only", "privileged", "cap_add", "cap_drop", "user", "group_add", "volumes",
                "tmpfs", "secrets", "hostname", "network_mode", "labels", "annotations", "restart", "domainname",
                "extra_hosts", "dns", "dns_search", "dns_opt", "depends_on", "networks", "links")).build();
        assertThat(unconverted(all)).isEmpty();
    }

    private static List<Diagnostic> unconverted(Service service) {
        return KubernetesConverter.convert(project("p", service), OPTIONS, InMemoryFiles.none()).diagnostics().stream()
                .filter(d -> d.code().equals("unconverted-key")).toList();
    }
}
