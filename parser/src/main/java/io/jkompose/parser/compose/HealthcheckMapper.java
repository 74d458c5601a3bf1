package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.Healthcheck;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.syntax.GoDuration;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** A service's {@code healthcheck}; a string test is run by a shell ({@code CMD-SHELL}). */
final class HealthcheckMapper {

    private static final Set<String> TEST_KINDS = Set.of("CMD", "CMD-SHELL", "NONE");
    private static final String DURATION = "a duration like 30s or 1m30s";

    private final Values values;

    HealthcheckMapper(Values values) {
        this.values = values;
    }

    Healthcheck map(YamlNode node, String path) {
        MappingNode mapping = values.mapping(node, path);
        if (mapping == null) {
            return null;
        }
        values.checkKeys(mapping, KnownKeys.HEALTHCHECK, path);
        List<String> test = test(mapping.get("test"), path + ".test");
        Duration interval = values.parse(mapping.get("interval"), path + ".interval", GoDuration::parseCompose,
                DURATION);
        Duration timeout = values.parse(mapping.get("timeout"), path + ".timeout", GoDuration::parseCompose,
                DURATION);
        Duration startPeriod = values.parse(mapping.get("start_period"), path + ".start_period",
                GoDuration::parseCompose, DURATION);
        Duration startInterval = values.parse(mapping.get("start_interval"), path + ".start_interval",
                GoDuration::parseCompose, DURATION);
        Integer retries = values.integer(mapping.get("retries"), path + ".retries");
        if (retries != null && retries < 0) {
            values.error(ParserCode.INVALID_VALUE, mapping.get("retries").location(), path
                    + ".retries must not be negative, but it is " + retries, null);
        }
        Boolean disable = values.bool(mapping.get("disable"), path + ".disable");
        return new Healthcheck(test, interval, timeout, startPeriod, startInterval, retries,
                Boolean.TRUE.equals(disable), mapping.location());
    }

    private List<String> test(YamlNode node, String path) {
        if (Values.isAbsent(node)) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            return List.of("CMD-SHELL", scalar.value());
        }
        List<String> test = values.strings(node, path);
        if (test == null) {
            return List.of();
        }
        if (!test.isEmpty() && !TEST_KINDS.contains(test.get(0))) {
            values.error(ParserCode.INVALID_VALUE, node.location(), path + " must start with CMD, CMD-SHELL or NONE, but "
                    + "it starts with \"" + test.get(0) + "\"",
                    "write [\"CMD\", \"" + test.get(0) + "\", ...] or give the test as one string to run in a shell");
        }
        return test;
    }
}
