package io.jkompose.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Compose project of N services, each with the keys real files use most (image, ports,
 * environment, env_file, a named volume, depends_on), so that cost per service can be seen.
 */
final class SyntheticProject {

    private SyntheticProject() {
    }

    static Path write(int services) throws IOException {
        Path dir = Files.createTempDirectory("jkompose-bench-");
        Files.writeString(dir.resolve(".env"), "TAG=1.27\nREGISTRY=registry.example.com\n");
        Files.writeString(dir.resolve("common.env"), "LOG_LEVEL=info\nTZ=UTC\n");
        StringBuilder yaml = new StringBuilder("name: bench\nservices:\n");
        for (int i = 0; i < services; i++) {
            yaml.append("  svc").append(i).append(":\n")
                    .append("    image: ${REGISTRY}/svc").append(i).append(":${TAG}\n")
                    .append("    ports:\n      - \"").append(8000 + i % 1000).append(":80\"\n")
                    .append("    environment:\n      SERVICE_INDEX: \"").append(i).append("\"\n")
                    .append("      PEER: svc").append((i + 1) % services).append("\n")
                    .append("    env_file: common.env\n")
                    .append("    volumes:\n      - data").append(i).append(":/var/lib/data\n");
            if (i > 0) {
                yaml.append("    depends_on:\n      - svc").append(i - 1).append('\n');
            }
        }
        yaml.append("volumes:\n");
        for (int i = 0; i < services; i++) {
            yaml.append("  data").append(i).append(": {}\n");
        }
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        return dir;
    }
}
