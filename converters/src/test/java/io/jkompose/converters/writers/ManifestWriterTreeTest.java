package io.jkompose.converters.writers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestWriterTreeTest {

    private final ManifestWriter writer = new ManifestWriter();

    /** A canonical Compose project the way {@code docker compose config} orders it (not alphabetically). */
    private static Map<String, Object> project() {
        Map<String, Object> web = new LinkedHashMap<>();
        web.put("image", "nginx:1.27");
        web.put("environment", new LinkedHashMap<>(Map.of("PORT", "5000")));
        Map<String, Object> webNetworks = new LinkedHashMap<>();
        webNetworks.put("default", null);
        web.put("networks", webNetworks);
        List<Object> ports = new ArrayList<>();
        Map<String, Object> port = new LinkedHashMap<>();
        port.put("mode", "ingress");
        port.put("target", 80);
        port.put("published", "22:22");
        port.put("protocol", "tcp");
        ports.add(port);
        web.put("ports", ports);
        web.put("read_only", false);
        web.put("command", null);
        web.put("labels", new LinkedHashMap<>());
        web.put("dns", new ArrayList<>());
        Map<String, Object> services = new LinkedHashMap<>();
        services.put("web", web);
        Map<String, Object> networks = new LinkedHashMap<>();
        networks.put("default", null);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", "shop");
        root.put("services", services);
        root.put("networks", networks);
        return root;
    }

    @Test
    void yamlKeepsTheTreeOrderNullsAndEmptyContainers() {
        assertThat(writer.treeYaml(project())).isEqualTo("""
                name: shop
                services:
                  web:
                    image: nginx:1.27
                    environment:
                      PORT: "5000"
                    networks:
                      default: null
                    ports:
                      - mode: ingress
                        target: 80
                        published: "22:22"
                        protocol: tcp
                    read_only: false
                    command: null
                    labels: {}
                    dns: []
                networks:
                  default: null
                """);
    }

    @Test
    void jsonKeepsTheTreeOrderAndNulls() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("zeta", 1);
        tree.put("alpha", null);
        tree.put("list", List.of("b", "a"));
        tree.put("ratio", 1.5);

        assertThat(writer.treeJson(tree)).isEqualTo("""
                {
                  "zeta": 1,
                  "alpha": null,
                  "list": [
                    "b",
                    "a"
                  ],
                  "ratio": 1.5
                }
                """);
    }

    @Test
    void treeYamlReadsBackToTheSameTree() {
        Map<String, Object> tree = project();

        Object readBack = ManifestWriterYamlTest.loadAll(writer.treeYaml(tree)).get(0);

        assertThat(readBack).isEqualTo(tree);
        assertThat(ManifestWriterYamlTest.map(readBack).keySet()).containsExactly("name", "services", "networks");
    }
}
