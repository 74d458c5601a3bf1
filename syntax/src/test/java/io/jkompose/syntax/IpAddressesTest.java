package io.jkompose.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAddressesTest {

    @ParameterizedTest
    @CsvSource({"127.0.0.1,true", "255.255.255.255,true", "0.0.0.0,true", "256.1.1.1,false", "1.2.3,false",
        "01.2.3.4,false", "1.2.3.4.5,false", "::1,true", "2001:db8::10,true", "::ffff:10.0.0.1,true",
        "1:2:3:4:5:6:7:8,true", "fe80:0:0:0:0:0:0:1,true", "1:2:3:4:5:6:7:8:9,false", "1::2::3,false",
        "fe80::1::2,false", "a:b,false", "localhost,false", "gggg::1,false", "fe80::1%eth0,false", ":1:2:3:4:5:6:7,false"})
    void addressesAsGoParsesThem(String text, boolean valid) {
        assertThat(IpAddresses.isIp(text)).isEqualTo(valid);
    }

    @Test
    void aZoneIsTakenWhereComposeTakesIt() {
        assertThat(IpAddresses.isIpv6WithZone("fe80::1%eth0")).isTrue();
        assertThat(IpAddresses.isIpv6WithZone("fe80::1%")).isFalse();
        assertThat(IpAddresses.isIpv6WithZone("10.0.0.1%eth0")).isFalse();
    }
}
