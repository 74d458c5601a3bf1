package io.jkompose.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DnsNamesTest {

    @Test
    void labels() {
        assertThat(DnsNames.isLabel("web")).isTrue();
        assertThat(DnsNames.isLabel("front-end-2")).isTrue();
        assertThat(DnsNames.isLabel("9lives")).isTrue();
        assertThat(DnsNames.isLabel("a".repeat(63))).isTrue();
        assertThat(DnsNames.isLabel("a".repeat(64))).isFalse();
        assertThat(DnsNames.isLabel("Web")).isFalse();
        assertThat(DnsNames.isLabel("front_end")).isFalse();
        assertThat(DnsNames.isLabel("-web")).isFalse();
        assertThat(DnsNames.isLabel("web-")).isFalse();
        assertThat(DnsNames.isLabel("a.b")).isFalse();
        assertThat(DnsNames.isLabel("")).isFalse();
        assertThat(DnsNames.isLabel(null)).isFalse();
    }

    @Test
    void dns1035LabelsStartWithALetter() {
        assertThat(DnsNames.isDns1035Label("web-1")).isTrue();
        assertThat(DnsNames.isDns1035Label("1web")).isFalse();
        assertThat(DnsNames.isDns1035Label("a".repeat(64))).isFalse();
        assertThat(DnsNames.isDns1035Label(null)).isFalse();
    }

    @Test
    void subdomains() {
        assertThat(DnsNames.isSubdomain("my-secret.txt")).isTrue();
        assertThat(DnsNames.isSubdomain("fast-ssd")).isTrue();
        assertThat(DnsNames.isSubdomain("a..b")).isFalse();
        assertThat(DnsNames.isSubdomain(".a")).isFalse();
        assertThat(DnsNames.isSubdomain("a.")).isFalse();
        assertThat(DnsNames.isSubdomain("A.b")).isFalse();
        assertThat(DnsNames.isSubdomain("")).isFalse();
        assertThat(DnsNames.isSubdomain(null)).isFalse();
        assertThat(DnsNames.isSubdomain("a".repeat(253))).isTrue();
        assertThat(DnsNames.isSubdomain("a".repeat(254))).isFalse();
        // as the API server's IsDNS1123Subdomain: no limit on the length of each part
        assertThat(DnsNames.isSubdomain("a".repeat(64) + ".example.com")).isTrue();
    }

    @Test
    void ingressHostsAreDomainNamesNotAddresses() {
        assertThat(DnsNames.isIngressHost("domain.tld")).isTrue();
        assertThat(DnsNames.isIngressHost("hw-nginx.127.0.0.1.nip.io")).isTrue();
        assertThat(DnsNames.isIngressHost("*.example.com")).isTrue();
        assertThat(DnsNames.isIngressHost("localhost")).isTrue();
        assertThat(DnsNames.isIngressHost("1.2.3")).isTrue();
        assertThat(DnsNames.isIngressHost("127.0.0.1")).isFalse();
        assertThat(DnsNames.isIngressHost("*.127.0.0.1")).isFalse();
        assertThat(DnsNames.isIngressHost("under_score.example.com")).isFalse();
        assertThat(DnsNames.isIngressHost("example.com.")).isFalse();
        assertThat(DnsNames.isIngressHost("Example.com")).isFalse();
        assertThat(DnsNames.isIngressHost("*")).isFalse();
        assertThat(DnsNames.isIngressHost(null)).isFalse();
    }
}
