package io.jkompose.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelSyntaxTest {

    @Test
    void keysMayHaveASubdomainPrefix() {
        assertThat(LabelSyntax.isKey("app")).isTrue();
        assertThat(LabelSyntax.isKey("foo_label")).isTrue();
        assertThat(LabelSyntax.isKey("com.example.label")).isTrue();
        assertThat(LabelSyntax.isKey("example.com/tier")).isTrue();
        assertThat(LabelSyntax.isKey("example.com/Some_Key")).isTrue();
        assertThat(LabelSyntax.isKey("Example.com/tier")).isFalse();
        assertThat(LabelSyntax.isKey("Bad_Prefix/x")).isFalse();
        assertThat(LabelSyntax.isKey("a/b/c")).isFalse();
        assertThat(LabelSyntax.isKey("/x")).isFalse();
        assertThat(LabelSyntax.isKey("x/")).isFalse();
        assertThat(LabelSyntax.isKey("-app")).isFalse();
        assertThat(LabelSyntax.isKey("bad key")).isFalse();
        assertThat(LabelSyntax.isKey("a".repeat(63))).isTrue();
        assertThat(LabelSyntax.isKey("a".repeat(64))).isFalse();
        assertThat(LabelSyntax.isKey("")).isFalse();
        assertThat(LabelSyntax.isKey(null)).isFalse();
    }

    @Test
    void values() {
        assertThat(LabelSyntax.isValue("")).isTrue();
        assertThat(LabelSyntax.isValue("bar_label")).isTrue();
        assertThat(LabelSyntax.isValue("Web_App.v1")).isTrue();
        assertThat(LabelSyntax.isValue("two words")).isFalse();
        assertThat(LabelSyntax.isValue("x-")).isFalse();
        assertThat(LabelSyntax.isValue("a".repeat(63))).isTrue();
        assertThat(LabelSyntax.isValue("a".repeat(64))).isFalse();
        assertThat(LabelSyntax.isValue(null)).isFalse();
    }
}
