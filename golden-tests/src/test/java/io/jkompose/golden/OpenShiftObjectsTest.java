package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks that stand in for k8s-validate on OpenShift objects find what an OpenShift API server rejects. */
class OpenShiftObjectsTest {

    @TempDir
    Path temp;

    @Test
    void komposesRouteWithTheLabelsWholeTextAsHostAndTheLegacyApiVersionFails() {
        Path expected = SharedFolder.resolve("corpus/kompose-openshift/expose/output-os.yaml");
        ManifestTools.ToolResult result = ManifestTools.validate(List.of(expected));
        assertThat(result.ok()).isFalse();
        assertThat(result.text())
                .contains("(Route/web): apiVersion v1 is not served by OpenShift 4; it is route.openshift.io/v1")
                .contains("(Route/web): host 'batman.example.com/dev,batwoman.example.com' is not a DNS-1123 subdomain");
    }

    @Test
    void aDeploymentConfigsPodTemplateIsValidatedAsTheDeploymentItStandsFor() throws IOException {
        Path file = temp.resolve("dc.yaml");
        Files.writeString(file, """
                apiVersion: apps.openshift.io/v1
                kind: DeploymentConfig
                metadata:
                  name: web
                spec:
                  replicas: 1
                  selector:
                    io.kompose.service: web
                  template:
                    metadata:
                      labels:
                        io.kompose.service: other
                    spec:
                      containers:
                        - name: Web_1
                          image: ' '
                  triggers:
                    - type: ImageChange
                      imageChangeParams:
                        automatic: true
                        containerNames: [web]
                        from: {kind: ImageStreamTag, name: web:latest}
                """);
        ManifestTools.ToolResult result = ManifestTools.validate(List.of(file));
        assertThat(result.ok()).isFalse();
        assertThat(result.text())
                .contains("names container 'web', which the template does not have")
                .contains("container name 'Web_1' is not a DNS-1123 label")
                .contains("spec.selector does not match template labels");
    }

    @Test
    void anUnknownOpenShiftKindIsAProblemAndValidObjectsPass() throws IOException {
        Path unknown = temp.resolve("unknown.yaml");
        Files.writeString(unknown, "apiVersion: project.openshift.io/v1\nkind: Project\nmetadata:\n  name: shop\n");
        assertThat(ManifestTools.validate(List.of(unknown)).text()).contains("no OpenShift kind jkompose writes");
        Path valid = temp.resolve("route.yaml");
        Files.writeString(valid, """
                apiVersion: route.openshift.io/v1
                kind: Route
                metadata:
                  name: web
                spec:
                  host: shop.example.com
                  path: /admin
                  port: {targetPort: 80}
                  to: {kind: Service, name: web}
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  ports: [{port: 80}]
                """);
        ManifestTools.ToolResult result = ManifestTools.validate(List.of(valid));
        assertThat(result.ok()).as(result.text()).isTrue();
    }
}
