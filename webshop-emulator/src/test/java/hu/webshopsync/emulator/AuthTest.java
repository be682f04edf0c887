package hu.webshopsync.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuthTest {

    private static final String WC = "/wp-json/wc/v3";
    private final ShopClock clock = ShopClock.startingAt(Instant.parse("2026-11-27T22:00:00Z"));
    private final ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults().withBasicAuthOverHttp(false), clock);
    private final TestHttp anonymous = new TestHttp(shop.baseUrl());

    @AfterEach
    void close() {
        shop.close();
    }

    private String signed(String method, String path, String signatureMethod, long timestamp, String nonce) {
        return path + "?" + OAuthTestSigner.query(method, shop.baseUrl() + path, List.of(Map.entry("per_page", "5")),
                "ck_demo_key", "cs_demo_secret", signatureMethod, timestamp, nonce);
    }

    @Test
    void oauthWithSha1AndSha256() throws Exception {
        long now = clock.instant().getEpochSecond();
        assertThat(anonymous.get(signed("GET", WC + "/products", "HMAC-SHA1", now, "n1")).status()).isEqualTo(200);
        assertThat(anonymous.get(signed("GET", WC + "/products", "HMAC-SHA256", now, "n2")).status()).isEqualTo(200);
        TestHttp.Resp post = anonymous.post(signed("POST", WC + "/products", "HMAC-SHA256", now, "n3"), "{\"name\":\"signed\"}");
        assertThat(post.status()).isEqualTo(201);
    }

    @Test
    void oauthRejectsReplayOldTimestampsAndBadSignatures() throws Exception {
        long now = clock.instant().getEpochSecond();
        String url = signed("GET", WC + "/products", "HMAC-SHA256", now, "once");
        assertThat(anonymous.get(url).status()).isEqualTo(200);
        TestHttp.Resp replay = anonymous.get(url);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().get("message").asText()).isEqualTo("Invalid nonce - nonce has already been used.");

        TestHttp.Resp old = anonymous.get(signed("GET", WC + "/products", "HMAC-SHA256", now - 16 * 60, "old"));
        assertThat(old.json().get("message").asText()).isEqualTo("Invalid timestamp.");
        clock.advance(Duration.ofMinutes(14));
        assertThat(anonymous.get(signed("GET", WC + "/products", "HMAC-SHA1", now, "late-but-ok")).status()).isEqualTo(200);

        String tampered = signed("GET", WC + "/products", "HMAC-SHA256", now, "t").replace("per_page=5", "per_page=6");
        assertThat(anonymous.get(tampered).json().get("message").asText())
                .isEqualTo("Invalid signature - provided signature does not match.");
        String wrongKey = WC + "/products?" + OAuthTestSigner.query("GET", shop.baseUrl() + WC + "/products", List.of(),
                "ck_other", "cs_demo_secret", "HMAC-SHA256", now, "k");
        assertThat(anonymous.get(wrongKey).json().get("message").asText()).isEqualTo("Consumer key is invalid.");
    }

    @Test
    void basicAndQueryKeysAreIgnoredOverPlainHttp() throws Exception {
        TestHttp.Resp basic = new TestHttp(shop.baseUrl()).basic("ck_demo_key", "cs_demo_secret").get(WC + "/products");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.json().get("code").asText()).isEqualTo("woocommerce_rest_cannot_view");
        TestHttp.Resp query = anonymous.get(WC + "/products?consumer_key=ck_demo_key&consumer_secret=cs_demo_secret");
        assertThat(query.status()).isEqualTo(401);
        TestHttp.Resp create = anonymous.post(WC + "/products", "{\"name\":\"x\"}");
        assertThat(create.json().get("code").asText()).isEqualTo("woocommerce_rest_cannot_create");
        assertThat(anonymous.send("POST", WC + "/products/batch", "{}".getBytes(), "application/json").json().get("code").asText())
                .isEqualTo("woocommerce_rest_cannot_batch");
    }

    @Test
    void revokedAndRotatedCredentials() throws Exception {
        try (ShopEmulator https = ShopEmulator.start(EmulatorConfig.defaults())) {
            TestHttp client = new TestHttp(https.baseUrl()).basic("ck_demo_key", "cs_demo_secret");
            assertThat(client.get(WC + "/products").status()).isEqualTo(200);
            https.control().revokeCredentials();
            assertThat(client.get(WC + "/products").json().get("code").asText()).isEqualTo("woocommerce_rest_cannot_view");
            https.control().setCredentials("ck_new", "cs_new");
            assertThat(new TestHttp(https.baseUrl()).basic("ck_new", "cs_new").get(WC + "/products").status()).isEqualTo(200);
        }
    }

    @Test
    void mediaNeedsTheWordPressApplicationPassword() throws Exception {
        try (ShopEmulator https = ShopEmulator.start(EmulatorConfig.defaults())) {
            byte[] png = Files.readAllBytes(Captures.locate().image("red.png"));
            TestHttp.Resp withKey = new TestHttp(https.baseUrl()).basic("ck_demo_key", "cs_demo_secret")
                    .send("POST", "/wp-json/wp/v2/media", png, "image/png", "Content-Disposition", "attachment; filename=red.png");
            assertThat(withKey.status()).isEqualTo(401);
            assertThat(withKey.json().get("code").asText()).isEqualTo("rest_cannot_create");
            assertThat(withKey.json().get("message").asText()).isEqualTo("Sorry, you are not allowed to create posts as this user.");
            TestHttp wp = new TestHttp(https.baseUrl()).basic("shop-admin", "demo app password");
            TestHttp.Resp ok = wp.send("POST", "/wp-json/wp/v2/media", png, "image/png", "Content-Disposition", "attachment; filename=red.png");
            assertThat(ok.status()).isEqualTo(201);
            TestHttp.Resp again = wp.send("POST", "/wp-json/wp/v2/media", png, "image/png", "Content-Disposition", "attachment; filename=red.png");
            assertThat(again.json().get("source_url").asText()).endsWith("/red-2.png");
            byte[] jpg = Files.readAllBytes(Captures.locate().image("blue.jpg"));
            TestHttp.Resp renamed = wp.send("POST", "/wp-json/wp/v2/media", jpg, "image/png", "Content-Disposition", "attachment; filename=blue.png");
            assertThat(renamed.json().get("mime_type").asText()).isEqualTo("image/jpeg");
            assertThat(renamed.json().get("source_url").asText()).endsWith("/blue.jpg");
            TestHttp.Resp served = new TestHttp(https.baseUrl()).get(ok.json().get("source_url").asText());
            assertThat(served.raw().body()).isEqualTo(png);
            ShopSnapshot.Media media = https.control().snapshot().media().get(0);
            assertThat(media.sha256()).isEqualTo(MediaLibrary.sha256(png));
            assertThat(media.size()).isEqualTo(png.length);
            TestHttp.Resp wrongPassword = new TestHttp(https.baseUrl()).basic("shop-admin", "nope")
                    .send("POST", "/wp-json/wp/v2/media", png, "image/png", "Content-Disposition", "attachment; filename=red.png");
            assertThat(wrongPassword.json().get("code").asText()).isEqualTo("incorrect_password");
        }
    }
}
