package io.jkompose.converters.writers;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;

/** Objects shaped like kompose's output for a small web + db project. */
final class Fixtures {

    static final String LABEL = "io.kompose.service";

    private Fixtures() {
    }

    /** The Deployment of service "web": nginx on 80, a PORT variable, a memory limit, a scratch volume. */
    static Deployment webDeployment() {
        return new DeploymentBuilder()
                .withNewMetadata().withName("web").addToLabels(LABEL, "web").endMetadata()
                .withNewSpec()
                .withReplicas(1)
                .withNewSelector().addToMatchLabels(LABEL, "web").endSelector()
                .withNewStrategy().withType("Recreate").endStrategy()
                .withNewTemplate()
                .withNewMetadata().addToLabels(LABEL, "web").endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("web")
                .withImage("nginx:1.27")
                .addNewPort().withContainerPort(80).withProtocol("TCP").endPort()
                .addNewEnv().withName("PORT").withValue("5000").endEnv()
                .withNewResources().addToLimits("memory", new Quantity("100Mi")).endResources()
                .addNewVolumeMount().withName("scratch").withMountPath("/tmp/scratch").endVolumeMount()
                .endContainer()
                .withRestartPolicy("Always")
                .addNewVolume().withName("scratch").withNewEmptyDir().endEmptyDir().endVolume()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    /** The Service of "web": port 5000 named "5000" (as kompose names ports) to container port 8080. */
    static Service webService() {
        return new ServiceBuilder()
                .withNewMetadata().withName("web").addToLabels(LABEL, "web").endMetadata()
                .withNewSpec()
                .addNewPort().withName("5000").withPort(5000).withTargetPort(new IntOrString(8080)).endPort()
                .addToSelector(LABEL, "web")
                .endSpec()
                .build();
    }

    static PersistentVolumeClaim dbDataClaim() {
        return new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("db-data").addToLabels(LABEL, "db-data").endMetadata()
                .withNewSpec()
                .addToAccessModes("ReadWriteOnce")
                .withNewResources().addToRequests("storage", new Quantity("100Mi")).endResources()
                .endSpec()
                .build();
    }

    static ConfigMap envConfigMap() {
        return new ConfigMapBuilder()
                .withNewMetadata().withName("env").addToLabels(LABEL, "web-env").endMetadata()
                .addToData("DEBUG", "true")
                .addToData("ALLOW_EMPTY_PASSWORD", "yes")
                .addToData("REPLICAS", "3")
                .build();
    }

    static Secret dbSecret() {
        return new SecretBuilder()
                .withNewMetadata().withName("db-password").addToLabels(LABEL, "db-password").endMetadata()
                .withType("Opaque")
                .addToData("password", "c2VjcmV0")
                .build();
    }

    static Namespace namespace() {
        return new NamespaceBuilder().withNewMetadata().withName("shop").endMetadata().build();
    }
}
