package hu.webshopsync.webshop.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.RetryableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class WooRetryerTest {

    private final List<Duration> sleeps = new ArrayList<>();

    private static RetryableException failure(Request.HttpMethod method, Throwable cause) {
        Request request = Request.create(method, "http://shop.test/x", Map.of(), (byte[]) null,
                java.nio.charset.StandardCharsets.UTF_8, null);
        return new RetryableException(-1, "x", method, cause, (Long) null, request);
    }

    private static WooCommerceException status(int status, Duration retryAfter) {
        return new WooCommerceException(status, "c", "m", Map.of(), retryAfter);
    }

    @Test
    void readsAreRetriedWithExponentialBackoffUpToTheLimit() {
        WooRetryer retryer = new WooRetryer(4, Duration.ofMillis(500), sleeps::add);
        RetryableException e = failure(Request.HttpMethod.GET, new IOException("reset"));

        retryer.continueOrPropagate(e);
        retryer.continueOrPropagate(e);
        retryer.continueOrPropagate(e);
        assertThatThrownBy(() -> retryer.continueOrPropagate(e)).isSameAs(e);

        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void retryAfterIsHonouredButCapped() {
        WooRetryer retryer = new WooRetryer(3, Duration.ofMillis(500), sleeps::add);

        retryer.continueOrPropagate(failure(Request.HttpMethod.GET, status(503, Duration.ofSeconds(7))));
        retryer.continueOrPropagate(failure(Request.HttpMethod.GET, status(503, Duration.ofHours(1))));

        assertThat(sleeps).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(60));
    }

    @Test
    void aPostThatMayHaveBeenCarriedOutIsNeverRepeated() {
        WooRetryer retryer = new WooRetryer(4, Duration.ofMillis(1), sleeps::add);

        for (Throwable cause : List.of(new HttpTimeoutException("t"), new IOException("reset"), status(503, null),
                status(504, Duration.ofSeconds(1)))) {
            RetryableException e = failure(Request.HttpMethod.POST, cause);
            assertThatThrownBy(() -> retryer.clone().continueOrPropagate(e)).isSameAs(e);
        }
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aPostIsRepeatedWhenItProvablyNeverArrived() {
        new WooRetryer(4, Duration.ofMillis(1), sleeps::add)
                .continueOrPropagate(failure(Request.HttpMethod.POST, new ConnectException("refused")));
        new WooRetryer(4, Duration.ofMillis(1), sleeps::add)
                .continueOrPropagate(failure(Request.HttpMethod.POST, status(429, Duration.ofSeconds(3))));

        assertThat(sleeps).containsExactly(Duration.ofMillis(1), Duration.ofSeconds(3));
    }

    @Test
    void tlsFailuresAreNotRetried() {
        RetryableException e = failure(Request.HttpMethod.GET, new SSLHandshakeException("PKIX path building failed"));

        assertThatThrownBy(() -> new WooRetryer(4, Duration.ofMillis(1), sleeps::add).continueOrPropagate(e)).isSameAs(e);
        assertThat(ExceptionTranslator.translate(e, "shop.test:443")).isInstanceOfSatisfying(
                ShopUnreachableException.class, u -> {
                    assertThat(u.reason()).isEqualTo(ShopUnreachableException.Reason.TLS);
                    assertThat(u.retryable()).isFalse();
                    assertThat(u.getMessage()).startsWith("shop.test:443: TLS handshake failed");
                });
    }
}
