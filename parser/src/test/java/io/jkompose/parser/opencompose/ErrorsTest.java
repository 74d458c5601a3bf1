package io.jkompose.parser.opencompose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.parser.InputFormat;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.ProjectLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed OpenCompose files: each problem an error at its place, and no project. */
class ErrorsTest {

    private static final String HEAD = """
            version: 0.1-dev
            services:
            - name: web
              containers:
              - name: web
                image: nginx
            """;

    @TempDir
    Path folder;

    private List<String> errors(String text) {
        LoadResult result = OcFixture.loadText(folder, text);
        assertThat(result.project()).isNull();
        assertThat(result.hasErrors()).isTrue();
        return result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    @Test
    void anUnknownVersionIsReportedAtTheVersionLineWithTheKnownOnes() {
        assertThat(errors("""
                version: "0.2"
                services:
                - name: web
                  containers:
                  - name: web
                    image: nginx
                """)).containsExactly("app.yaml:1:10: error: OpenCompose version '0.2' is not one jkompose knows; it "
                + "reads version 0.1-dev (write version: \"0.1-dev\" if the file follows that file reference)");
        assertThat(errors(HEAD.replace("version: 0.1-dev", "version: 1"))).singleElement().asString()
                .startsWith("app.yaml:1:10: error: OpenCompose version '1' is not one jkompose knows; it reads version 0.1-dev");
    }

    @Test
    void aMissingVersion() {
        assertThat(errors(HEAD.replace("version: 0.1-dev\n", ""))).containsExactly("app.yaml:1:1: error: the "
                + "OpenCompose file has no version (add version: \"0.1-dev\" (the version jkompose knows))");
    }

    @Test
    void aVolumeRefToNoVolume() {
        assertThat(errors(HEAD + """
                    mounts:
                    - volumeRef: dta
                      mountPath: /data
                volumes:
                - name: data
                  size: 1Gi
                  accessMode: ReadWriteOnce
                """)).containsExactly("app.yaml:8:18: error: volumeRef 'dta' of container 'web' in service 'web' "
                + "names no volume: neither a root volume nor an emptyDir volume of the service (did you mean 'data'?)");
    }

    @Test
    void aVolumeRefWhenThereAreNoVolumes() {
        assertThat(errors(HEAD + """
                    mounts:
                    - volumeRef: data
                      mountPath: /data
                """)).containsExactly("app.yaml:8:18: error: volumeRef 'data' of container 'web' in service 'web' "
                + "names no volume: neither a root volume nor an emptyDir volume of the service (define it under "
                + "volumes: (a claim) or under the service's emptyDirVolumes:)");
    }

    @Test
    void badPortStrings() {
        assertThat(errors(HEAD + """
                    ports:
                    - port: 80:http
                    - port: 80:90:100
                    - port: 0
                    - port: "70000"
                    - port: ""
                    - type: internal
                """)).containsExactly(
                "app.yaml:8:13: error: port '80:http' of container 'web' of service 'web' is not valid: 'http' is not "
                        + "a port number between 1 and 65535 (write ContainerPort[:ServicePort], for example 8080 or "
                        + "\"8080:80\")",
                "app.yaml:9:13: error: port '80:90:100' of container 'web' of service 'web' is not valid: it has more "
                        + "than one ':' (write ContainerPort[:ServicePort], for example 8080 or \"8080:80\")",
                "app.yaml:10:13: error: port '0' of container 'web' of service 'web' is not valid: '0' is not a port "
                        + "number between 1 and 65535 (write ContainerPort[:ServicePort], for example 8080 or \"8080:80\")",
                "app.yaml:11:13: error: port '70000' of container 'web' of service 'web' is not valid: '70000' is not "
                        + "a port number between 1 and 65535 (write ContainerPort[:ServicePort], for example 8080 or "
                        + "\"8080:80\")",
                "app.yaml:12:13: error: port '' of container 'web' of service 'web' is not valid: '' is not a port "
                        + "number between 1 and 65535 (write ContainerPort[:ServicePort], for example 8080 or \"8080:80\")",
                "app.yaml:13:7: error: ports[5] of container 'web' of service 'web' has no port, which OpenCompose "
                        + "requires (add port:)");
    }

    @Test
    void aPathWithoutAHost() {
        assertThat(errors(HEAD + """
                    ports:
                    - port: "80"
                      path: /admin
                """)).containsExactly("app.yaml:9:7: error: ports[0] of container 'web' of service 'web' has a path "
                + "but no host: setting path requires setting host (add host: <domain name>, or remove path)");
    }

    @Test
    void badPortTypesHostsAndPaths() {
        assertThat(errors(HEAD + """
                    ports:
                    - port: "80"
                      type: public
                    - port: "81"
                      host: 10.0.0.1
                    - port: "82"
                      host: example.com
                      path: admin
                """)).containsExactly(
                "app.yaml:9:13: error: port type 'public' of ports[0] of container 'web' of service 'web' is neither "
                        + "internal nor external (internal: reachable inside the cluster only; external: from outside it too)",
                "app.yaml:11:13: error: host '10.0.0.1' of ports[1] of container 'web' of service 'web' is not a "
                        + "domain name an Ingress can route (write a name such as app.example.com (an IP address is not "
                        + "allowed; app.127.0.0.1.nip.io is))",
                "app.yaml:14:13: error: path 'admin' of ports[2] of container 'web' of service 'web' is not an HTTP "
                        + "path jkompose can route (start it with '/', without spaces or commas)");
    }

    @Test
    void unknownKeysAtEveryLevelWithTheirPlace() {
        assertThat(errors("""
                version: 0.1-dev
                servces: []
                services:
                - name: web
                  replica: 2
                  containers:
                  - name: web
                    image: nginx
                    environment:
                    - A=1
                    ports:
                    - port: "80"
                      hosts: example.com
                    mounts:
                    - volumeRef: data
                      mountPath: /data
                      subPath: x
                    env:
                    - name: B
                      vaule: 2
                  emptyDirVolumes:
                  - name: data
                    medium: Memory
                volumes:
                - name: db
                  size: 1Gi
                  accessMode: ReadWriteOnce
                  storageClassName: fast
                """)).containsExactly(
                "app.yaml:2:1: error: unknown key 'servces' in the top level: OpenCompose 0.1-dev has no such key "
                        + "here (did you mean 'services'?)",
                "app.yaml:5:3: error: unknown key 'replica' in service 'web': OpenCompose 0.1-dev has no such key here "
                        + "(did you mean 'replicas'?)",
                "app.yaml:9:5: error: unknown key 'environment' in container 'web' of service 'web': OpenCompose "
                        + "0.1-dev has no such key here (the keys here are name, image, env, command, args, ports, mounts)",
                "app.yaml:13:7: error: unknown key 'hosts' in ports[0] of container 'web' of service 'web': OpenCompose "
                        + "0.1-dev has no such key here (did you mean 'host'?)",
                "app.yaml:17:7: error: unknown key 'subPath' in mounts[0] of container 'web' of service 'web': "
                        + "OpenCompose 0.1-dev has no such key here (did you mean 'volumeSubPath'?)",
                "app.yaml:20:7: error: unknown key 'vaule' in env[0] of container 'web' of service 'web': OpenCompose "
                        + "0.1-dev has no such key here (did you mean 'value'?)",
                "app.yaml:23:5: error: unknown key 'medium' in emptyDirVolumes[0] of service 'web': OpenCompose "
                        + "0.1-dev has no such key here (the keys here are name)",
                "app.yaml:28:3: error: unknown key 'storageClassName' in volume 'db': OpenCompose 0.1-dev has no such "
                        + "key here (did you mean 'storageClass'?)");
    }

    @Test
    void requiredKeysAndTypes() {
        assertThat(errors("""
                version: 0.1-dev
                services:
                - replicas: -1
                  containers:
                  - name: a
                    command: /bin/sh -c true
                  - name: b
                    image: busybox
                    env:
                    - JUST_A_NAME
                - name: other
                  labels:
                    "bad key!": x
                    tier: "not valid"
                  containers: []
                volumes:
                - name: v
                  size: lots
                  accessMode: ReadWriteSometimes
                """)).containsExactly(
                "app.yaml:3:3: error: services[0] has no name, which OpenCompose requires (add name:)",
                "app.yaml:3:13: error: the replicas of services[0] is negative (-1) (write 0 or more)",
                "app.yaml:5:5: error: container 'a' of services[0] has no image, which OpenCompose requires (add image:)",
                "app.yaml:6:14: error: the command of container 'a' of services[0] must be a list of strings, not a "
                        + "string (write each word as an item, for example [\"nginx\", \"-g\", \"daemon off;\"])",
                "app.yaml:10:7: error: env[0] of container 'b' of services[0] 'JUST_A_NAME' has no value (write "
                        + "NAME=value, or name: and value:)",
                "app.yaml:13:5: error: label key 'bad key!' of service 'other' is not a valid label key (use "
                        + "[prefix/]name: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter "
                        + "or digit)",
                "app.yaml:14:11: error: value 'not valid' of label 'tier' of service 'other' is not a valid label value "
                        + "(at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)",
                "app.yaml:15:15: error: service 'other' lists no container (add one: - image: ...)",
                "app.yaml:18:9: error: size 'lots' of volume 'v' is not a storage size (write a positive quantity such "
                        + "as 500Mi, 5Gi or 1T)",
                "app.yaml:19:15: error: accessMode 'ReadWriteSometimes' of volume 'v' is not one of ReadWriteOnce, "
                        + "ReadOnlyMany, ReadWriteMany");
    }

    @Test
    void aPathMountedTwice() {
        assertThat(errors(HEAD + """
                    mounts:
                    - volumeRef: data
                      mountPath: /data
                    - volumeRef: data
                      mountPath: /data
                volumes:
                - name: data
                  size: 1Gi
                  accessMode: ReadWriteOnce
                """)).containsExactly("app.yaml:10:7: error: mountPath '/data' of container 'web' of service 'web' is "
                + "mounted twice (first at app.yaml:8:7) (mount one volume per path)");
    }

    @Test
    void namesThatRepeat() {
        assertThat(errors("""
                version: 0.1-dev
                services:
                - name: web
                  containers:
                  - name: app
                    image: nginx
                  - name: app
                    image: busybox
                - name: web
                  containers:
                  - name: web
                    image: nginx
                volumes:
                - name: data
                  size: 1Gi
                  accessMode: ReadWriteOnce
                - name: data
                  size: 2Gi
                  accessMode: ReadWriteOnce
                """)).containsExactly(
                "app.yaml:7:5: error: container name 'app' is used twice in service 'web' (the containers of a "
                        + "service share a pod, where each needs its own name)",
                "app.yaml:9:3: error: service 'web' is defined twice (first at app.yaml:3:3) (give each service its "
                        + "own name)",
                "app.yaml:17:3: error: volume 'data' is defined twice (first at app.yaml:14:3) (give each volume its "
                        + "own name)");
    }

    @Test
    void aComposeFileReadAsOpenCompose() {
        OcFixture.write(folder, "compose.yaml", """
                services:
                  web:
                    image: nginx
                """);
        LoadResult result = ProjectLoader.load(OcFixture.request(folder, List.of("compose.yaml"), Map.of(), null,
                InputFormat.OPENCOMPOSE));
        assertThat(result.project()).isNull();
        assertThat(OcFixture.lines(result)).containsExactly("compose.yaml:2:3: error: services is a mapping, as in a "
                + "Compose file; OpenCompose lists its services (- name: ...) (to read a Compose file, leave out "
                + "--input-format opencompose)");
    }

    @Test
    void invalidYamlAndEmptyFiles() {
        assertThat(errors("version: 0.1-dev\nservices:\n- name: [web\n")).singleElement().asString()
                .startsWith("app.yaml:").contains(": error: invalid YAML: ");
        OcFixture.write(folder, "empty.yaml", "# nothing\n");
        LoadResult empty = ProjectLoader.load(OcFixture.request(folder, List.of("empty.yaml"), Map.of(), null,
                InputFormat.OPENCOMPOSE));
        assertThat(OcFixture.lines(empty)).containsExactly("empty.yaml: error: the OpenCompose file is empty (write "
                + "version: \"0.1-dev\" and services:)");
    }

    @Test
    void missingFilesAndStandardInput() {
        LoadResult missing = ProjectLoader.load(OcFixture.request(folder, List.of("nope.yaml"), Map.of(), null,
                InputFormat.OPENCOMPOSE));
        assertThat(OcFixture.lines(missing)).singleElement().asString()
                .startsWith("nope.yaml: error: the file 'nope.yaml' does not exist");
        LoadResult noStdin = ProjectLoader.load(OcFixture.request(folder, List.of("-"), Map.of(), null,
                InputFormat.OPENCOMPOSE));
        assertThat(OcFixture.lines(noStdin)).containsExactly("jkompose: error: '-' means standard input, but there is "
                + "none to read (pass the file's path)");
        LoadResult none = ProjectLoader.load(OcFixture.request(folder, List.of(), Map.of(), null,
                InputFormat.OPENCOMPOSE));
        assertThat(OcFixture.lines(none)).singleElement().asString().startsWith("jkompose: error: no OpenCompose file given");
    }

    @Test
    void errorsOfStandardInputNameIt() {
        LoadResult result = ProjectLoader.load(OcFixture.request(folder, List.of("-"), Map.of(),
                HEAD.replace("0.1-dev", "0.9"), InputFormat.AUTO));
        assertThat(OcFixture.lines(result)).singleElement().asString().startsWith("<stdin>:1:10: error: OpenCompose version '0.9'");
    }
}
