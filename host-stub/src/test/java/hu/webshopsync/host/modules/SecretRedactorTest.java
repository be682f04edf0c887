package hu.webshopsync.host.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    @Test
    void masksKnownValuesInTheFormsTheyTravelIn() {
        SecretRedactor redactor = new SecretRedactor();
        redactor.remember(List.of("cs_abc+def/ghi", "abcd efgh ijkl"));

        assertThat(redactor.apply("secret cs_abc+def/ghi, encoded cs_abc%2Bdef%2Fghi, password abcdefghijkl"))
                .isEqualTo("secret ****, encoded ****, password ****");
        assertThat(redactor.apply("spaced abcd efgh ijkl")).isEqualTo("spaced ****");
    }

    @Test
    void masksCredentialHeadersAndParametersItWasNeverTold() {
        SecretRedactor redactor = new SecretRedactor();

        assertThat(redactor.apply("GET /orders?consumer_key=ck_1&consumer_secret=cs_2&page=1"))
                .isEqualTo("GET /orders?consumer_key=****&consumer_secret=****&page=1");
        assertThat(redactor.apply("oauth_signature=\"Zm9v%3D\", oauth_nonce=\"n1\""))
                .doesNotContain("Zm9v").doesNotContain("n1");
        assertThat(redactor.apply("{\"consumer_secret\":\"cs_json\"}")).isEqualTo("{\"consumer_secret\":\"****\"}");
        assertThat(redactor.apply("Authorization: Basic YWRtaW46cGFzcw== sent"))
                .isEqualTo("Authorization: **** sent");
        assertThat(redactor.apply("A(z) wpApplicationPassword beállítás kötelező")).isEqualTo(
                "A(z) wpApplicationPassword beállítás kötelező");
    }

    @Test
    void shortValuesAreNotSearchedForAndNullPassesThrough() {
        SecretRedactor redactor = new SecretRedactor();
        redactor.remember(List.of("abc"));

        assertThat(redactor.apply("abc")).isEqualTo("abc");
        assertThat(redactor.apply(null)).isNull();
    }
}
