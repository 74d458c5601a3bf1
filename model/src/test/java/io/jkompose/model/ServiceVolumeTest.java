package io.jkompose.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceVolumeTest {

    @Test
    void factoriesSetTheTypeSourceAndTargetAndNothingElse() {
        assertThat(ServiceVolume.volume("data", "/d")).isEqualTo(new ServiceVolume(ServiceVolume.Type.VOLUME, "data",
                "data", "/d", false, null, null, null, null, null, null, null, null, null));
        assertThat(ServiceVolume.volume(null, "/d").isAnonymous()).isTrue();
        assertThat(ServiceVolume.bind("/srv", "/s").type()).isEqualTo(ServiceVolume.Type.BIND);
        assertThat(ServiceVolume.tmpfs("/t").source()).isNull();
    }

    @Test
    void theWrittenSourceIsTheSourceUnlessGiven() {
        ServiceVolume bind = ServiceVolume.builder(ServiceVolume.Type.BIND, "/c").source("/work/conf").written("./conf")
                .readOnly(true).build();
        assertThat(bind.written()).isEqualTo("./conf");
        assertThat(bind.readOnly()).isTrue();
        assertThat(ServiceVolume.bind("/work/conf", "/c").written()).isEqualTo("/work/conf");
    }

    @Test
    void typesAreFoundByTheirWrittenName() {
        for (ServiceVolume.Type type : ServiceVolume.Type.values()) {
            assertThat(ServiceVolume.Type.fromWritten(type.written())).isSameAs(type);
        }
        assertThat(ServiceVolume.Type.fromWritten("nfs")).isNull();
    }
}
