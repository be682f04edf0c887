package hu.webshopsync.webshop.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class OAuth1SignerTest {

    private final OAuth1Signer signer = new OAuth1Signer("ck_key", "cs_secret",
            Clock.fixed(Instant.ofEpochSecond(1795819682), ZoneOffset.UTC), () -> "fixednonce");

    private static String hmac(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void signsTheKnownVector() throws Exception {
        // The base string written out by hand from WooCommerce's check_oauth_signature().
        String base = "GET&http%3A%2F%2F127.0.0.1%3A8080%2Fwp-json%2Fwc%2Fv3%2Fproducts&"
                + "oauth_consumer_key%3Dck_key%26oauth_nonce%3Dfixednonce%26oauth_signature_method%3DHMAC-SHA256"
                + "%26oauth_timestamp%3D1795819682%26per_page%3D1";

        String signed = signer.sign("GET", "http://127.0.0.1:8080/wp-json/wc/v3/products?per_page=1");

        String expected = hmac("cs_secret&", base);
        assertThat(signed).isEqualTo("http://127.0.0.1:8080/wp-json/wc/v3/products?per_page=1"
                + "&oauth_consumer_key=ck_key&oauth_nonce=fixednonce&oauth_signature_method=HMAC-SHA256"
                + "&oauth_timestamp=1795819682&oauth_signature=" + OAuth1Signer.encode(expected));
    }

    @Test
    void queryValuesAreDecodedThenEncodedTwiceInTheBaseString() throws Exception {
        // sku=ÁRV-r2-ű,B as the client sends it; PHP decodes it, WooCommerce re-encodes it.
        String url = "http://shop.test/wp-json/wc/v3/products?sku=%C3%81RV-r2-%C5%B1%2CB&per_page=100";
        String base = "GET&http%3A%2F%2Fshop.test%2Fwp-json%2Fwc%2Fv3%2Fproducts&"
                + "oauth_consumer_key%3Dck_key%26oauth_nonce%3Dfixednonce%26oauth_signature_method%3DHMAC-SHA256"
                + "%26oauth_timestamp%3D1795819682%26per_page%3D100%26sku%3D%25C3%2581RV-r2-%25C5%25B1%252CB";

        String signed = signer.sign("GET", url);

        assertThat(signed).endsWith("&oauth_signature=" + OAuth1Signer.encode(hmac("cs_secret&", base)));
    }

    @Test
    void defaultPortAndHostCaseAreNormalised() {
        assertThat(OAuth1Signer.normalizedBaseUrl("HTTP://Shop.Test:80/wp-json/wc/v3/x")).isEqualTo(
                "http://shop.test/wp-json/wc/v3/x");
        assertThat(OAuth1Signer.normalizedBaseUrl("https://shop.test:443/a")).isEqualTo("https://shop.test/a");
        assertThat(OAuth1Signer.normalizedBaseUrl("http://shop.test:8080/a")).isEqualTo("http://shop.test:8080/a");
    }

    @Test
    void encodingIsRfc3986() {
        assertThat(OAuth1Signer.encode("a b+c~d*é/=")).isEqualTo("a%20b%2Bc~d%2A%C3%A9%2F%3D");
    }

    @Test
    void freshNonceEveryCall() {
        OAuth1Signer random = new OAuth1Signer("ck", "cs", Clock.systemUTC(), OAuth1Signer.randomNonces());

        assertThat(random.sign("GET", "http://h/x")).isNotEqualTo(random.sign("GET", "http://h/x"));
        assertThat(random.toString()).doesNotContain("cs");
    }
}
