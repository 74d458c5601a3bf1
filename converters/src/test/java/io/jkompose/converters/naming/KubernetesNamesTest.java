package io.jkompose.converters.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KubernetesNamesTest {

    @Test
    void labelReplacesUnderscoreAndDotAndLowersCase() {
        assertThat(KubernetesNames.label("front_end")).isEqualTo("front-end");
        assertThat(KubernetesNames.label("My.Service")).isEqualTo("my-service");
        assertThat(KubernetesNames.label("another-namenode")).isEqualTo("another-namenode");
    }

    @Test
    void labelDropsInvalidCharactersAndTrimsHyphens() {
        assertThat(KubernetesNames.label("-web@app_")).isEqualTo("webapp");
        assertThat(KubernetesNames.label("café bar")).isEqualTo("cafbar");
        assertThat(KubernetesNames.isLabel(KubernetesNames.label("__x__"))).isTrue();
    }

    @Test
    void labelIsCutTo63AndEndsAlphanumeric() {
        String name = KubernetesNames.label("a".repeat(62) + "_b" + "c".repeat(10));
        assertThat(name).hasSize(62).isEqualTo("a".repeat(62));
        assertThat(KubernetesNames.label("x".repeat(100))).hasSize(63);
    }

    @Test
    void labelIsNeverEmpty() {
        assertThat(KubernetesNames.label("___")).isEqualTo("unnamed");
        assertThat(KubernetesNames.label("")).isEqualTo("unnamed");
        assertThat(KubernetesNames.label(null)).isEqualTo("unnamed");
        assertThat(KubernetesNames.label("é", "web-env")).isEqualTo("web-env");
    }

    @Test
    void dns1035LabelStartsWithALetter() {
        assertThat(KubernetesNames.dns1035Label("1web")).isEqualTo("svc-1web");
        assertThat(KubernetesNames.dns1035Label("front_end")).isEqualTo("front-end");
        assertThat(KubernetesNames.isDns1035Label(KubernetesNames.dns1035Label("9".repeat(70)))).isTrue();
    }

    @Test
    void subdomainKeepsDots() {
        assertThat(KubernetesNames.subdomain("My_Secret.txt")).isEqualTo("my-secret.txt");
        assertThat(KubernetesNames.subdomain(".a..b.")).isEqualTo("a.b");
        assertThat(KubernetesNames.subdomain("-a-.-b-")).isEqualTo("a.b");
        assertThat(KubernetesNames.subdomain("%%")).isEqualTo("unnamed");
    }

    @Test
    void labelValueAllowsUpperCaseUnderscoreAndDotButEndsAlphanumeric() {
        assertThat(KubernetesNames.labelValue("Web_App.v1")).isEqualTo("Web_App.v1");
        assertThat(KubernetesNames.labelValue("_x y_")).isEqualTo("xy");
        String cut = KubernetesNames.labelValue("a".repeat(62) + "-bbbb");
        assertThat(cut).isEqualTo("a".repeat(62));
        assertThat(KubernetesNames.isLabelValue(cut)).isTrue();
    }

    @Test
    void portNamesFollowTheIanaRule() {
        assertThat(KubernetesNames.isPortName("http")).isTrue();
        assertThat(KubernetesNames.isPortName("web-8080")).isTrue();
        assertThat(KubernetesNames.isPortName("80")).isFalse();
        assertThat(KubernetesNames.isPortName("a--b")).isFalse();
        assertThat(KubernetesNames.isPortName("abcdefghijklmnop")).isFalse();
    }

    @Test
    void ingressHostsAreSubdomainsNotAddresses() {
        assertThat(KubernetesNames.isIngressHost("shop.example.com")).isTrue();
        assertThat(KubernetesNames.isIngressHost("*.example.com")).isTrue();
        assertThat(KubernetesNames.isIngressHost("10.0.0.1")).isFalse();
        assertThat(KubernetesNames.isIngressHost("shop_1.example.com")).isFalse();
    }

    @Test
    void qualifiedNamesMayHaveADnsPrefix() {
        assertThat(KubernetesNames.isQualifiedName("com.example.label")).isTrue();
        assertThat(KubernetesNames.isQualifiedName("example.com/Some_Key")).isTrue();
        assertThat(KubernetesNames.isQualifiedName("bad key")).isFalse();
        assertThat(KubernetesNames.isQualifiedName("/x")).isFalse();
        assertThat(KubernetesNames.isQualifiedName("Bad_Prefix/x")).isFalse();
    }
}
