package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.PortMapping;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ports and expose, every syntax. */
class PortsTest {

    @TempDir
    Path dir;

    /** Each mapping as {@code hostIp|published|target/protocol}, joined with spaces. */
    private String ports(String yamlItem) {
        List<PortMapping> ports = new Fixture(dir)
                .compose("services:\n  web:\n    image: x\n    ports:\n      - " + yamlItem + "\n").service("web")
                .networking().ports();
        return ports.stream().map(p -> (p.hostIp() == null ? "" : p.hostIp()) + "|"
                + (p.published() == null ? "" : p.published()) + "|" + p.target() + "/" + p.protocol())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "'80'; ||80/tcp",
        "80; ||80/tcp",
        "'8080:80'; |8080|80/tcp",
        "'127.0.0.1:8080:80/udp'; 127.0.0.1|8080|80/udp",
        "'[::1]:80:80'; ::1|80|80/tcp",
        "'127.0.0.1::53/UDP'; 127.0.0.1||53/udp",
        "'8000-8002:9000-9002'; |8000|9000/tcp |8001|9001/tcp |8002|9002/tcp",
        "'3000-3001'; ||3000/tcp ||3001/tcp",
        "'8000-8005:80'; |8000-8005|80/tcp",
        "'5000/sctp'; ||5000/sctp",
        "{target: 80, published: 8080, host_ip: 10.0.0.1, protocol: udp}; 10.0.0.1|8080|80/udp",
        "{target: '443', published: '8000-8010'}; |8000-8010|443/tcp",
    })
    void shortAndLongSyntax(String item, String expected) {
        assertThat(ports(item)).isEqualTo(expected);
    }

    @Test
    void longSyntaxKeepsNameModeAndAppProtocol() {
        PortMapping port = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    ports:
                      - name: web
                        target: 80
                        app_protocol: http
                        mode: host
                """).service("web").networking().ports().get(0);
        assertThat(port).isEqualTo(new PortMapping("web", 80, null, null, "tcp", "http", "host", port.location()));
        assertThat(port.location().line()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "'80:80:80:80'; is not an IP address",
        "'abc'; is not a container port",
        "'0'; is not a container port",
        "'70000'; is not a container port",
        "'8080:80/icmp'; 'icmp' is not a protocol",
        "'8000-8002:9000-9005'; have different lengths",
        "'9-3'; is not a container port",
        "'999.1.1.1:80:80'; is not an IP address",
    })
    void invalidShortPortsAreErrorsAtTheItem(String item, String fragment) {
        Diagnostic error = new Fixture(dir).compose("services:\n  web:\n    image: x\n    ports:\n      - " + item
                + "\n").error();
        assertThat(error.code()).isEqualTo("invalid-value");
        assertThat(error.message()).contains(fragment).startsWith("services.web.ports[0]");
        assertThat(error.location().line()).isEqualTo(5);
        assertThat(error.location().column()).isEqualTo(9);
    }

    @Test
    void longSyntaxErrors() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    ports:
                      - published: 80
                      - target: 99999
                        protocol: icmp
                        mode: bridge
                        host: x
                """).errors();
        assertThat(errors).containsExactlyInAnyOrder(
                "invalid-value@5:9: services.web.ports[0] has no 'target' (the container port)",
                "unknown-key@9:9: unknown key 'host' in services.web.ports[1]: the Compose Specification has no such key here",
                "invalid-value@6:17: services.web.ports[1].target must be a port between 1 and 65535, but it is 99999",
                "invalid-value@7:19: services.web.ports[1].protocol: 'icmp' is not a protocol",
                "invalid-value@8:15: services.web.ports[1].mode: 'bridge' is not a port mode");
    }

    @Test
    void portsMustBeAList() {
        Diagnostic error = new Fixture(dir).compose("services:\n  web:\n    image: x\n    ports: '80:80'\n").error();
        assertThat(error.code()).isEqualTo("invalid-type");
        assertThat(error.message()).isEqualTo("services.web.ports must be a list, but it is a string (\"80:80\")");
        assertThat(error.location().line()).isEqualTo(4);
        assertThat(error.location().column()).isEqualTo(12);
    }

    @Test
    void exposeTakesNumbersStringsRangesAndProtocols() {
        List<ExposedPort> expose = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    expose: [3000, "4000", "5000-5002", "53/udp", 3000]
                """).service("web").networking().expose();
        assertThat(expose).extracting(e -> e.port() + "/" + e.protocol()).containsExactly("3000/tcp", "4000/tcp",
                "5000/tcp", "5001/tcp", "5002/tcp", "53/udp");
    }

    @Test
    void aBadExposeIsAnError() {
        Diagnostic error = new Fixture(dir).compose("services:\n  web:\n    image: x\n    expose: ['http']\n").error();
        assertThat(error.message()).contains("\"http\" is not a port to expose");
        assertThat(error.location().column()).isEqualTo(14);
    }
}
