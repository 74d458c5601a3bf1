package io.jkompose.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.options.StorageOptions.VolumeType;
import io.jkompose.converters.options.WorkloadOptions.Controller;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class ConvertSettingsTest {

    private static ConvertSettings settings(String namespace, Integer replicas, String controller, String volumes,
            String size, String mode, String name) {
        return new ConvertSettings(namespace, replicas, controller, volumes, size, mode, name, true, "reg.example/t",
                true);
    }

    @Test
    void givesTheOptionsAndTheFlagsTheCliWouldTakeForThem() throws Exception {
        ConvertSettings settings = settings("shop", 2, "statefulset", "emptyDir", "1Gi", "volume", "shared");
        ConvertOptions options = settings.toOptions(List.of("convert", "-o", "k8s"), "1.0");

        assertThat(options.namespace()).isEqualTo("shop");
        assertThat(options.workloads().replicas()).isEqualTo(2);
        assertThat(options.workloads().controller()).isEqualTo(Controller.parse("statefulset"));
        assertThat(options.storage().volumes()).isEqualTo(VolumeType.EMPTY_DIR);
        assertThat(options.storage().pvcRequestSize()).isEqualTo("1Gi");
        assertThat(options.network().generateNetworkPolicies()).isTrue();
        assertThat(options.containers().imageRegistry()).isEqualTo("reg.example/t");
        assertThat(options.provenance()).isEqualTo(new ConvertOptions.Provenance(true, "jkompose convert -o k8s", "1.0"));
        assertThat(settings.flags()).containsExactly("--namespace", "shop", "--replicas", "2", "--controller",
                "statefulset", "--volumes", "emptyDir", "--pvc-request-size", "1Gi", "--service-group-mode", "volume",
                "--service-group-name", "shared", "--generate-network-policies", "--image-registry", "reg.example/t");
    }

    @Test
    void nothingGivenIsTheConvertersDefault() throws Exception {
        ConvertOptions options = new ConvertSettings(null, null, null, null, null, null, null, false, null, true)
                .toOptions(List.of("convert"), "1.0");

        assertThat(options.withProvenance(null)).isEqualTo(ConvertOptions.defaults());
    }

    @Test
    void rejectsWhatTheCliRejects() {
        assertThatThrownBy(() -> settings("Shop", null, null, null, null, null, null).toOptions(List.of(), ""))
                .isInstanceOf(MojoFailureException.class).hasMessageStartingWith("jkompose: parameter namespace must be");
        assertThatThrownBy(() -> settings(null, -1, null, null, null, null, null).toOptions(List.of(), ""))
                .hasMessage("jkompose: parameter replicas must be 0 or more, not '-1'");
        assertThatThrownBy(() -> settings(null, null, null, "nfs", null, null, null).toOptions(List.of(), ""))
                .hasMessageStartingWith("jkompose: parameter volumes must be ");
        assertThatThrownBy(() -> settings(null, null, null, null, "lots", null, null).toOptions(List.of(), ""))
                .hasMessageStartingWith("jkompose: parameter pvcRequestSize must be ");
        assertThatThrownBy(() -> settings(null, null, null, null, null, "label", "shared").toOptions(List.of(), ""))
                .hasMessageStartingWith("jkompose: parameter serviceGroupName must be ");
    }
}
