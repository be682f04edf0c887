package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.webshop.shop.RetryListener;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The retry policy with an injected sleeper and random source: nothing really waits. */
class WooRetryerTest {

    private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(20),
            Duration.ofSeconds(60), 100, Duration.ofHours(1));
    private static final DoubleSupplier NO_JITTER = () -> 1.0;

    private final List<Duration> sleeps = new ArrayList<>();
    private final List<RetryListener.Wait> heard = new ArrayList<>();

    private static RetryableException failure(Request.HttpMethod method, Throwable cause) {
        Request request = Request.create(method, "http://shop.test/x", Map.of(), (byte[]) null,
                StandardCharsets.UTF_8, null);
        return new RetryableException(-1, "x", method, cause, (Long) null, request);
    }

    private static WooCommerceException status(int status, Duration retryAfter) {
        return new WooCommerceException(status, "c", "m", Map.of(), retryAfter);
    }

    private WooRetryer retryer(RetryPolicy policy, DoubleSupplier random) {
        return new WooRetryer(policy, new RetryBudget(policy), heard::add, sleeps::add, random);
    }

    @Test
    void backoffDoublesUpToTheCapAndThenTheRequestFails() {
        RetryPolicy policy = new RetryPolicy(8, Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(60),
                100, Duration.ofHours(1));
        WooRetryer retryer = retryer(policy, NO_JITTER);
        RetryableException e = failure(Request.HttpMethod.GET, new IOException("reset"));

        for (int i = 0; i < 7; i++) {
            retryer.continueOrPropagate(e);
        }
        assertThatThrownBy(() -> retryer.continueOrPropagate(e)).isSameAs(e);

        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void jitterKeepsEachWaitBetweenHalfAndAllOfTheBackoff() {
        java.util.Random seeded = new java.util.Random(7);
        for (int run = 0; run < 200; run++) {
            sleeps.clear();
            WooRetryer retryer = retryer(POLICY, seeded::nextDouble);
            RetryableException e = failure(Request.HttpMethod.GET, status(503, null));
            for (int i = 0; i < 4; i++) {
                retryer.continueOrPropagate(e);
            }
            for (int i = 0; i < 4; i++) {
                long full = 500L << i;
                assertThat(sleeps.get(i).toMillis()).isBetween(full / 2, full);
            }
        }
        WooRetryer lowest = retryer(POLICY, () -> 0.0);
        sleeps.clear();
        lowest.continueOrPropagate(failure(Request.HttpMethod.GET, status(503, null)));
        assertThat(sleeps).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void retryAfterInSecondsIsHonouredButCapped() {
        WooRetryer retryer = retryer(POLICY, NO_JITTER);

        retryer.continueOrPropagate(failure(Request.HttpMethod.GET, status(503, Duration.ofSeconds(7))));
        retryer.continueOrPropagate(failure(Request.HttpMethod.GET, status(429, Duration.ofHours(1))));

        assertThat(sleeps).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(60));
    }

    @Test
    void retryAfterAsAnHttpDateIsTheTimeUntilThen() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
        WooErrorDecoder decoder = new WooErrorDecoder(new ObjectMapper(), clock);

        assertThat(decoder.retryAfter("Mon, 02 Mar 2026 12:00:42 GMT")).isEqualTo(Duration.ofSeconds(42));
        assertThat(decoder.retryAfter("Mon, 02 Mar 2026 11:00:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(decoder.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(decoder.retryAfter("soon")).isNull();

        Response answer = Response.builder().status(503).reason("busy")
                .headers(Map.of("Retry-After", List.of("Mon, 02 Mar 2026 13:00:00 GMT")))
                .request(Request.create(Request.HttpMethod.GET, "http://shop.test/x", Map.of(), (byte[]) null,
                        StandardCharsets.UTF_8, null))
                .body("{}", StandardCharsets.UTF_8).build();
        Exception decoded = decoder.decode("x", answer);
        assertThat(decoded).isInstanceOf(RetryableException.class);
        retryer(POLICY, NO_JITTER).continueOrPropagate((RetryableException) decoded);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void theRunsBudgetStopsRetryingAcrossRequests() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofSeconds(60),
                3, Duration.ofHours(1));
        RetryBudget budget = new RetryBudget(policy);
        RetryableException e = failure(Request.HttpMethod.GET, status(503, null));
        WooRetryer first = new WooRetryer(policy, budget, heard::add, sleeps::add, NO_JITTER);
        first.continueOrPropagate(e);
        first.continueOrPropagate(e);
        WooRetryer second = (WooRetryer) first.clone();
        second.continueOrPropagate(e);

        assertThatThrownBy(() -> second.continueOrPropagate(e)).isSameAs(e);
        assertThatThrownBy(() -> ((WooRetryer) first.clone()).continueOrPropagate(e)).isSameAs(e);
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void theRunsBudgetLimitsTheTotalWait() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofSeconds(60),
                100, Duration.ofSeconds(10));
        WooRetryer retryer = retryer(policy, NO_JITTER);
        RetryableException e = failure(Request.HttpMethod.GET, status(503, Duration.ofSeconds(6)));

        retryer.continueOrPropagate(e);
        assertThatThrownBy(() -> retryer.continueOrPropagate(e)).isSameAs(e);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(6));
    }

    @Test
    void everyWaitIsAnnouncedWithItsCauseAndAttempt() {
        WooRetryer retryer = retryer(POLICY, NO_JITTER);

        retryer.continueOrPropagate(failure(Request.HttpMethod.GET, status(503, null)));
        retryer.continueOrPropagate(failure(Request.HttpMethod.GET, new HttpTimeoutException("request timed out")));
        retryer.continueOrPropagate(failure(Request.HttpMethod.PUT, new IOException("connection reset")));

        assertThat(heard).containsExactly(
                new RetryListener.Wait("503", 2, 5, Duration.ofMillis(500)),
                new RetryListener.Wait("timeout", 3, 5, Duration.ofSeconds(1)),
                new RetryListener.Wait("connection", 4, 5, Duration.ofSeconds(2)));
    }

    @Test
    void readsAndUpdatesByIdAreRetriedOnEveryTemporaryFailure() {
        for (Request.HttpMethod method : List.of(Request.HttpMethod.GET, Request.HttpMethod.PUT,
                Request.HttpMethod.DELETE)) {
            for (Throwable cause : List.of(new HttpTimeoutException("t"), new IOException("reset"), status(408, null),
                    status(429, null), status(502, null), status(503, null), status(504, null))) {
                retryer(POLICY, NO_JITTER).continueOrPropagate(failure(method, cause));
            }
        }
        assertThat(sleeps).hasSize(21);
    }

    @Test
    void aPostThatMayHaveBeenCarriedOutIsNeverRepeated() {
        WooRetryer retryer = retryer(POLICY, NO_JITTER);

        for (Throwable cause : List.of(new HttpTimeoutException("t"), new IOException("reset"), status(502, null),
                status(503, null), status(504, Duration.ofSeconds(1)))) {
            RetryableException e = failure(Request.HttpMethod.POST, cause);
            assertThatThrownBy(() -> retryer.clone().continueOrPropagate(e)).isSameAs(e);
        }
        assertThat(sleeps).isEmpty();
        assertThat(heard).isEmpty();
    }

    @Test
    void aPostIsRepeatedWhenItProvablyNeverArrived() {
        retryer(POLICY, NO_JITTER).continueOrPropagate(failure(Request.HttpMethod.POST, new ConnectException("refused")));
        retryer(POLICY, NO_JITTER).continueOrPropagate(failure(Request.HttpMethod.POST, status(429, Duration.ofSeconds(3))));
        retryer(POLICY, NO_JITTER).continueOrPropagate(failure(Request.HttpMethod.POST, status(408, null)));

        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(3), Duration.ofMillis(500));
    }

    @Test
    void otherClientErrorsAreNotRetried() {
        for (int code : new int[] {400, 401, 403, 404, 409, 413}) {
            assertThat(status(code, null).retryable()).as("HTTP " + code).isFalse();
            RetryableException e = failure(Request.HttpMethod.GET, status(code, null));
            assertThatThrownBy(() -> retryer(POLICY, NO_JITTER).continueOrPropagate(e)).isSameAs(e);
        }
        for (int code : new int[] {408, 429, 502, 503, 504}) {
            assertThat(status(code, null).retryable()).as("HTTP " + code).isTrue();
        }
        assertThat(sleeps).isEmpty();
    }

    @Test
    void tlsFailuresAndUnknownHostsAreNotRetried() {
        RetryableException tls = failure(Request.HttpMethod.GET, new SSLHandshakeException("PKIX path building failed"));
        RetryableException dns = failure(Request.HttpMethod.GET, new UnknownHostException("shop.invalid"));

        assertThatThrownBy(() -> retryer(POLICY, NO_JITTER).continueOrPropagate(tls)).isSameAs(tls);
        assertThatThrownBy(() -> retryer(POLICY, NO_JITTER).continueOrPropagate(dns)).isSameAs(dns);
        assertThat(sleeps).isEmpty();
        assertThat(ExceptionTranslator.translate(tls, "shop.test:443")).isInstanceOfSatisfying(
                ShopUnreachableException.class, u -> {
                    assertThat(u.reason()).isEqualTo(ShopUnreachableException.Reason.TLS);
                    assertThat(u.retryable()).isFalse();
                    assertThat(u.getMessage()).startsWith("shop.test:443: TLS handshake failed");
                });
    }
}
