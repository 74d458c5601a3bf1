package io.jkompose.converters.writers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlQuotingTest {

    private final YamlQuoting quoting = new YamlQuoting();

    // Each of these is read as a non-string by a YAML 1.1 reader (PyYAML, go-yaml v2) or the 1.2 core schema.
    @ParameterizedTest
    @ValueSource(strings = {"5000", "-1", "+1", "3.14", ".5", "1e3", "1.0e+3", "0x1F", "0o17", "017", "0b101",
            "1_000", "22:22", "1:20:30.5", ".inf", "-.Inf", ".NaN", "true", "False", "yes", "No", "on", "OFF",
            "y", "N", "null", "Null", "~", "", "2001-12-14", "2001-12-14t21:59:43.10-05:00",
            "2001-12-14 21:59:43.10 -5", "<<", "="})
    void nonStringLookalikesAreQuoted(String text) {
        assertThat(quoting.needToQuoteValue(text)).as("value %s", text).isTrue();
        assertThat(quoting.needToQuoteName(text)).as("name %s", text).isTrue();
    }

    // Ordinary strings of manifests stay plain (YAML itself may still choose quotes for syntax characters).
    @ParameterizedTest
    @ValueSource(strings = {"nginx", "nginx:1.27", "100Mi", "500m", "10Gi", "v1", "apps/v1", "io.kompose.service",
            "8080:80", "web-1", "1.2.3", "/var/lib/mysql", "yesterday", "nothing", "TCP", "ReadWriteOnce", "5000abc"})
    void ordinaryStringsStayPlain(String text) {
        assertThat(quoting.needToQuoteValue(text)).as("value %s", text).isFalse();
        assertThat(YamlQuoting.resolvesToNonString(text)).isFalse();
    }
}
