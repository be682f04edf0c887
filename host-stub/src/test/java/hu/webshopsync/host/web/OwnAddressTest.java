package hu.webshopsync.host.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnAddressTest {

    @Test
    void onlyTheBoundAddressLocalhostAndGivenNamesAreAnswered() {
        OwnAddress address = new OwnAddress("127.0.0.1", Set.of("ERP.example."));

        assertThat(address.accepts("127.0.0.1:8080")).isTrue();
        assertThat(address.accepts("LocalHost:8080")).isTrue();
        assertThat(address.accepts("erp.example")).isTrue();
        assertThat(address.accepts("erp.example.:8080")).isTrue();

        assertThat(address.accepts("evil.example:8080")).isFalse();
        assertThat(address.accepts("localhost.evil.example")).isFalse();
        assertThat(address.accepts("127.0.0.1.evil.example")).isFalse();
        assertThat(address.accepts("127.0.0.1:80:80")).isFalse();
        assertThat(address.accepts("user@127.0.0.1")).isFalse();
        assertThat(address.accepts("")).isFalse();
        assertThat(address.accepts(null)).isFalse();
    }

    @Test
    void anIpv6AddressIsComparedInItsCanonicalForm() {
        OwnAddress address = new OwnAddress("::1", Set.of());

        assertThat(address.accepts("[0:0:0:0:0:0:0:1]:8080")).isTrue();
        assertThat(address.accepts("[::1]")).isTrue();
        assertThat(address.accepts("[::2]:8080")).isFalse();
    }

    @Test
    void boundToEveryInterfaceItAnswersToThisMachinesAddressesButNoName() {
        OwnAddress address = new OwnAddress("0.0.0.0", Set.of());

        assertThat(address.accepts("127.0.0.1:8080")).isTrue();
        assertThat(address.accepts("192.0.2.1:8080")).isFalse();
        assertThat(address.accepts("evil.example:8080")).isFalse();
    }

    @Test
    void aPostMustComeFromTheSameSchemeHostAndPort() {
        OwnAddress address = new OwnAddress("127.0.0.1", Set.of());

        assertThat(address.sameOrigin("127.0.0.1:8080", "http://127.0.0.1:8080", null)).isTrue();
        assertThat(address.sameOrigin("127.0.0.1:8080", null, "http://127.0.0.1:8080/modules?lang=en")).isTrue();
        assertThat(address.sameOrigin("localhost", "http://localhost", null)).isTrue();
        assertThat(address.sameOrigin("127.0.0.1:8080", null, null)).as("no browser, the token decides").isTrue();

        assertThat(address.sameOrigin("127.0.0.1:8080", "http://evil.example:8080", null)).isFalse();
        assertThat(address.sameOrigin("127.0.0.1:8080", null, "http://evil.example/page")).isFalse();
        assertThat(address.sameOrigin("127.0.0.1:8080", "http://127.0.0.1:9090", null)).isFalse();
        assertThat(address.sameOrigin("127.0.0.1:8080", "null", null)).isFalse();
        assertThat(address.sameOrigin("127.0.0.1:8080", "file:///tmp/x.html", null)).isFalse();
        assertThat(address.sameOrigin("127.0.0.1:8080", "http://evil.example", "http://127.0.0.1:8080/"))
                .as("the Origin decides when both are sent").isFalse();
    }

    @Test
    void aGivenNameMustBeAHostNameOrAddress() {
        assertThatThrownBy(() -> new ConsoleOptions("127.0.0.1", 0, false, Set.of("http://erp/")))
                .isInstanceOf(ConsoleOptions.BadHostName.class).hasMessageContaining("http://erp/");
        assertThat(new ConsoleOptions("127.0.0.1", 0, false, Set.of("[::1]", "erp.example", "192.168.1.10"))
                .hostNames()).hasSize(3);
    }
}
