package io.jkompose.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Compose project of N services shaped like a typical application, the one definition of
 * the generated projects that both the JMH benchmarks and {@code benchmarks/compare.sh} use.
 *
 * <p>From the shell, without building anything (Java's single-file source launcher):
 * <pre>
 * java benchmarks/src/main/java/io/jkompose/benchmarks/SyntheticProject.java 1000 /tmp/p1000
 * </pre>
 * writes {@code compose.yaml}, {@code .env} and {@code common.env} into the folder (made if missing).
 *
 * <p>The services come in groups of {@value #GROUP}, like the parts of a real system: the first of
 * each group is its database, which the others of the group {@code depends_on} (waiting for it to be
 * healthy). Every service has what real files use most: an image whose registry and tag come from
 * {@code .env} variables (one with a default), a published port, {@code environment} with a value
 * interpolated from {@code .env}, an {@code env_file}, a named volume, a healthcheck, a restart
 * policy and labels. Nothing in it is a feature one of the tools refuses, so kompose and jkompose
 * convert it the same way (a Deployment, a Service, a PersistentVolumeClaim and a ConfigMap of the
 * env file per service). It depends only on the JDK, so that it stays runnable as a source file.
 */
public final class SyntheticProject {

    /** Services per group: a database and the services that depend on it. */
    static final int GROUP = 10;

    private SyntheticProject() {
    }

    /** Usage: {@code SyntheticProject N DIR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java SyntheticProject.java SERVICES DIR");
            System.exit(2);
        }
        int services = Integer.parseInt(args[0]);
        if (services < 1) {
            System.err.println("SERVICES must be at least 1");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        write(services, dir);
    }

    /** Writes a project of {@code services} services into a new temporary folder, and returns it. */
    public static Path write(int services) throws IOException {
        return write(services, Files.createTempDirectory("jkompose-bench-"));
    }

    /** Writes a project of {@code services} services into {@code dir}, and returns {@code dir}. */
    public static Path write(int services, Path dir) throws IOException {
        Files.writeString(dir.resolve(".env"), "REGISTRY=registry.example.com\nTAG=1.27.3\nDB_PASSWORD=s3cret\n");
        Files.writeString(dir.resolve("common.env"), "LOG_LEVEL=info\nTZ=UTC\nOTEL_SERVICE_NAMESPACE=bench\n");
        try (Writer out = Files.newBufferedWriter(dir.resolve("compose.yaml"))) {
            out.write("name: bench\nservices:\n");
            for (int i = 0; i < services; i++) {
                out.write(service(i));
            }
            out.write("volumes:\n");
            for (int i = 0; i < services; i++) {
                out.write("  data" + i + ": {}\n");
            }
        }
        return dir;
    }

    /** The text of service {@code i}. */
    static String service(int i) {
        int group = i / GROUP;
        boolean database = i % GROUP == 0;
        String db = "svc" + (group * GROUP);
        StringBuilder yaml = new StringBuilder(900);
        yaml.append("  svc").append(i).append(":\n");
        if (database) {
            yaml.append("    image: postgres:${PG_TAG:-16-alpine}\n")
                    .append("    ports:\n      - \"5432\"\n")
                    .append("    environment:\n")
                    .append("      POSTGRES_DB: app").append(group).append('\n')
                    .append("      POSTGRES_PASSWORD: ${DB_PASSWORD}\n")
                    .append("    volumes:\n      - data").append(i).append(":/var/lib/postgresql/data\n")
                    .append("    healthcheck:\n")
                    .append("      test: [\"CMD\", \"pg_isready\", \"-U\", \"postgres\"]\n");
        } else {
            yaml.append("    image: ${REGISTRY}/team").append(group).append("/svc").append(i).append(":${TAG}\n")
                    .append("    command: [\"serve\", \"--port\", \"8080\"]\n")
                    .append("    ports:\n      - \"").append(10000 + i % 50000).append(":8080\"\n")
                    .append("    environment:\n")
                    .append("      SERVICE_NAME: svc").append(i).append('\n')
                    .append("      DATABASE_URL: postgres://app:${DB_PASSWORD}@").append(db)
                    .append(":5432/app").append(group).append('\n')
                    .append("      WORKERS: \"4\"\n")
                    .append("    volumes:\n      - data").append(i).append(":/var/lib/app\n")
                    .append("    depends_on:\n")
                    .append("      ").append(db).append(":\n        condition: service_healthy\n")
                    .append("    healthcheck:\n")
                    .append("      test: [\"CMD\", \"wget\", \"-q\", \"-O-\", \"http://localhost:8080/health\"]\n");
        }
        yaml.append("      interval: 30s\n      timeout: 5s\n      retries: 3\n      start_period: 10s\n")
                .append("    env_file: common.env\n")
                .append("    restart: always\n")
                .append("    labels:\n")
                .append("      com.example.team: team").append(group).append('\n')
                .append("      com.example.tier: ").append(database ? "data" : "backend").append('\n');
        return yaml.toString();
    }
}
