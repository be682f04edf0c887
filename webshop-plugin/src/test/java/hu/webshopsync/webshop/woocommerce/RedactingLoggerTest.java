package hu.webshopsync.webshop.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Logger;
import feign.Request;
import feign.Response;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactingLoggerTest {

    private static final String NAME = "test.redacting-logger";

    static {
        // slf4j-simple reads a logger's level when the logger is first created.
        System.setProperty("org.slf4j.simpleLogger.log." + NAME, "debug");
    }

    private static String captureStderr(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Request request(String url, String body) {
        return Request.create(Request.HttpMethod.POST, url,
                Map.of("Authorization", List.of("Basic Y2tfa2V5OmNzX3NlY3JldA=="), "Content-Type", List.of("application/json")),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    }

    @Test
    void requestLinesCarryNoCredentials() {
        RedactingLogger logger = new RedactingLogger(NAME);

        String logged = captureStderr(() -> logger.logRequest("Api#batch()", Logger.Level.BASIC, request(
                "http://shop.test/wp-json/wc/v3/products/batch?oauth_consumer_key=ck_key&oauth_signature=SIG%3D&x=1",
                "{\"create\":[{\"sku\":\"A\"}]}")));

        assertThat(logged).contains("---> POST http://shop.test/wp-json/wc/v3/products/batch")
                .contains("oauth_signature=****").contains("{\"create\"")
                .doesNotContain("SIG").doesNotContain("ck_key").doesNotContain("Basic").doesNotContain("Y2tf");
    }

    @Test
    void orderBodiesAreNeverLogged() throws Exception {
        RedactingLogger logger = new RedactingLogger(NAME);
        Request orders = request("http://shop.test/wp-json/wc/v3/orders?page=1", null);
        Response response = Response.builder().status(200).request(orders).headers(Map.of())
                .body("[{\"billing\":{\"email\":\"vevo@example.hu\"}}]", StandardCharsets.UTF_8).build();

        String logged = captureStderr(() -> {
            try {
                logger.logAndRebufferResponse("Api#orders()", Logger.Level.BASIC, response, 12);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });

        assertThat(logged).contains("<--- 200").doesNotContain("vevo@example.hu");
    }
}
