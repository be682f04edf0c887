package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import feign.Client;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import hu.webshopsync.webshop.shop.RetryListener;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request to the Shoprenter API, the way the shop wants it: JSON both ways, Basic or Bearer,
 * paced under the rate limit, and tried again when that cannot do harm. 429 is always tried again
 * (the shop did nothing); 502/503/504 and I/O failures only for requests that may be repeated (a
 * POST that met them may have been carried out: it comes back as {@link SrException#partlyDone()}
 * or {@link ShopUnreachableException#outcomeUnknown()} for the caller to look up); a refused
 * Bearer token is renewed once. Logs request lines at DEBUG: never a header, never a body.
 */
final class SrHttp {

    /** Logger name of the Shoprenter HTTP traffic (DEBUG: request lines and statuses). */
    static final String HTTP_LOGGER = "hu.webshopsync.webshop.shoprenter.http";

    private static final Logger LOG = LoggerFactory.getLogger(HTTP_LOGGER);
    private static final int MAX_ERROR_BODY = 64 * 1024;
    private static final int MAX_MESSAGE = 300;
    private static final int MIN_THROTTLED_ATTEMPTS = 4;

    /**
     * How often and how long to try.
     *
     * @param maxAttempts    tries per request, the first included
     * @param initialBackoff the wait before the second try after 5xx or I/O trouble; doubles each time
     * @param maxBackoff     the longest such wait
     * @param throttleWait   the wait after a 429 without {@code Retry-After} (the docs give none: ~1 s)
     * @param retryAfterCap  the longest {@code Retry-After} honoured
     */
    record Policy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration throttleWait,
                  Duration retryAfterCap) {

        static final Policy DEFAULT = new Policy(6, Duration.ofMillis(500), Duration.ofSeconds(20),
                Duration.ofSeconds(1), Duration.ofSeconds(60));

        Policy withMaxAttempts(int attempts) {
            return new Policy(Math.max(1, attempts), initialBackoff, maxBackoff, throttleWait, retryAfterCap);
        }
    }

    private final SrAccess access;
    private final Client client;
    private final ObjectMapper mapper;
    private final SrPacer pacer;
    private final SrTokens tokens;
    private final String basicHeader;
    private final Policy policy;
    private final SrPacer.Sleeper sleeper;
    private final DoubleSupplier random;
    private final Request.Options options;

    SrHttp(SrAccess access, Client client, ObjectMapper mapper, SrPacer pacer, SrTokens tokens, Policy policy,
           SrPacer.Sleeper sleeper, DoubleSupplier random) {
        this.access = Objects.requireNonNull(access, "access");
        this.client = Objects.requireNonNull(client, "client");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.options = options(access);
        if (access.credentials() instanceof SrCredentials.Basic basic) {
            this.tokens = null;
            this.basicHeader = "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (basic.user() + ":" + basic.password()).getBytes(StandardCharsets.UTF_8));
        } else {
            this.tokens = Objects.requireNonNull(tokens, "tokens");
            this.basicHeader = null;
        }
    }

    static Request.Options options(SrAccess access) {
        return new Request.Options(access.connectTimeout(), access.readTimeout(), false);
    }

    /**
     * Sends one request and reads its JSON answer.
     *
     * @param method     GET, POST, PUT or DELETE
     * @param url        the absolute URL
     * @param body       the JSON body, or null
     * @param repeatable whether sending it twice does no more than once (GET, PUT, DELETE, a batch of those)
     * @param listener   hears about every wait before a retry
     * @return the answer's JSON, a lone {@code response} key unwrapped; {@link MissingNode} for an empty answer
     * @throws SrException              when the shop refused
     * @throws ShopUnreachableException when no answer came
     */
    JsonNode send(String method, String url, byte[] body, boolean repeatable, RetryListener listener) {
        boolean tokenRenewed = false;
        for (int attempt = 1; ; attempt++) {
            String bearer = null;
            try {
                bearer = tokens == null ? null : tokens.current(pacer);
                Answer answer = exchange(method, url, body, bearer);
                if (answer.status() >= 200 && answer.status() < 300) {
                    return unwrap(parse(answer));
                }
                SrException error = toException(answer, repeatable);
                if (error.status() == 401 && bearer != null && !tokenRenewed) {
                    tokens.invalidate(bearer);
                    tokenRenewed = true;
                    continue;
                }
                boolean again = error.status() == 429 || error.retryable() && repeatable;
                // throttling is our own pacing meeting other clients of the shop: even a one-try
                // request (the activation check) waits it out a few times
                int allowed = error.status() == 429 ? Math.max(policy.maxAttempts(), MIN_THROTTLED_ATTEMPTS)
                        : policy.maxAttempts();
                if (!again || attempt >= allowed) {
                    throw error;
                }
                Duration wait = waitBefore(attempt, error);
                if (error.status() == 429) {
                    pacer.holdOff(wait);
                }
                pause(listener, String.valueOf(error.status()), attempt, wait, error);
            } catch (IOException io) {
                ShopUnreachableException unreachable = ShopUnreachableException.of(access.host(), io);
                boolean neverArrived = unreachable.reason() == ShopUnreachableException.Reason.CONNECTION_REFUSED
                        || unreachable.reason() == ShopUnreachableException.Reason.CONNECT_TIMEOUT;
                boolean again = unreachable.retryable() && (repeatable || neverArrived)
                        && unreachable.reason() != ShopUnreachableException.Reason.UNKNOWN_HOST;
                if (!again || attempt >= policy.maxAttempts()) {
                    throw unreachable;
                }
                String cause = unreachable.reason() == ShopUnreachableException.Reason.READ_TIMEOUT
                        ? "timeout" : "connection";
                pause(listener, cause, attempt, waitBefore(attempt, null), unreachable);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ShopUnreachableException(access.host(), ShopUnreachableException.Reason.IO,
                        "interrupted", e);
            }
        }
    }

    /** Waits before another try; an interrupted wait ends the request with what went wrong. */
    private void pause(RetryListener listener, String cause, int attempt, Duration wait, RuntimeException failure) {
        listener.waiting(new RetryListener.Wait(cause, attempt + 1, policy.maxAttempts(), wait));
        LOG.debug("Waiting {} ms before attempt {}/{} ({})", wait.toMillis(), attempt + 1, policy.maxAttempts(), cause);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    /**
     * Waits before batch items that failed with {@code status} are sent again.
     *
     * @param listener hears about the wait
     * @param status   the items' status (429, or 502/503/504 for items that may be repeated)
     * @param attempt  the tries the items had
     * @return false when the tries are used up or the wait was interrupted
     */
    boolean waitForItems(RetryListener listener, int status, int attempt) {
        int allowed = status == 429 ? Math.max(policy.maxAttempts(), MIN_THROTTLED_ATTEMPTS) : policy.maxAttempts();
        if (attempt >= allowed) {
            return false;
        }
        Duration wait = waitBefore(attempt, new SrException(status, SrException.Kind.STATUS, "", "", null, false));
        if (status == 429) {
            pacer.holdOff(wait);
        }
        listener.waiting(new RetryListener.Wait(String.valueOf(status), attempt + 1, allowed, wait));
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Duration waitBefore(int attempt, SrException error) {
        if (error != null && error.retryAfter().isPresent()) {
            Duration asked = error.retryAfter().get();
            return asked.compareTo(policy.retryAfterCap()) > 0 ? policy.retryAfterCap() : asked;
        }
        if (error != null && error.status() == 429) {
            return policy.throttleWait().multipliedBy(Math.min(attempt, 5));
        }
        Duration backoff = policy.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        if (backoff.compareTo(policy.maxBackoff()) > 0) {
            backoff = policy.maxBackoff();
        }
        double factor = 0.5 + 0.5 * Math.min(1.0, Math.max(0.0, random.getAsDouble()));
        return Duration.ofNanos((long) (backoff.toNanos() * factor));
    }

    private Answer exchange(String method, String url, byte[] body, String bearer)
            throws IOException, InterruptedException {
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        headers.put("Accept", List.of("application/json"));
        // the API insists on a Content-Type even without a body
        headers.put("Content-Type", List.of("application/json"));
        headers.put("Authorization", List.of(bearer == null ? basicHeader : "Bearer " + bearer));
        Request request = Request.create(Request.HttpMethod.valueOf(method), url, headers, body,
                StandardCharsets.UTF_8, new RequestTemplate());
        return pacer.paced(() -> {
            long started = System.nanoTime();
            LOG.debug("---> {} {} ({}-byte body)", method, url, body == null ? 0 : body.length);
            try (Response response = client.execute(request, options)) {
                Answer answer = new Answer(response.status(), read(response), response.headers());
                LOG.debug("<--- {} ({} ms, {} bytes)", answer.status(), (System.nanoTime() - started) / 1_000_000,
                        answer.body().length);
                return answer;
            } catch (IOException e) {
                LOG.debug("<--- I/O error {} after {} ms", e.getClass().getSimpleName(),
                        (System.nanoTime() - started) / 1_000_000);
                throw e;
            }
        });
    }

    private JsonNode parse(Answer answer) {
        if (answer.body().length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return mapper.readTree(answer.body());
        } catch (IOException e) {
            throw new SrException(answer.status(), SrException.Kind.UNREADABLE, "",
                    "not JSON (" + answer.header("Content-Type") + ", " + answer.body().length + " bytes)", null,
                    false);
        }
    }

    /** The docs show answers wrapped as {@code {"response": …}} while the fixtures are bare (UNVERIFIED). */
    static JsonNode unwrap(JsonNode json) {
        if (json != null && json.isObject() && json.size() == 1 && json.has("response")) {
            return json.get("response");
        }
        return json;
    }

    SrException toException(Answer answer, boolean repeatable) {
        int status = answer.status();
        Duration retryAfter = retryAfter(answer.header("Retry-After"));
        if (status >= 300 && status < 400) {
            String location = answer.header("Location");
            return new SrException(status, SrException.Kind.REDIRECTED, "",
                    location == null ? "?" : location.replaceAll("[?#].*", ""), retryAfter, false);
        }
        JsonNode json = errorJson(answer.body());
        String code = json == null ? "" : SrValues.text(json, "code").orElse("");
        String message = json == null ? null : SrValues.text(json, "message")
                .or(() -> SrValues.text(json, "error_description")).or(() -> SrValues.text(json, "error"))
                .orElse(null);
        if (message == null) {
            message = shorten(new String(answer.body(), StandardCharsets.UTF_8).strip());
        }
        boolean mayHaveHappened = !repeatable && (status == 500 || status == 502 || status == 503 || status == 504);
        return new SrException(status, SrException.Kind.STATUS, code, shorten(message), retryAfter, mayHaveHappened);
    }

    private JsonNode errorJson(byte[] body) {
        try {
            return body.length == 0 ? null : unwrap(mapper.readTree(body));
        } catch (IOException e) {
            return null;
        }
    }

    private static Duration retryAfter(String value) {
        if (value == null || !value.trim().matches("\\d{1,6}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(value.trim()));
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= MAX_MESSAGE ? one : one.substring(0, MAX_MESSAGE) + "…";
    }

    private static byte[] read(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return response.status() >= 200 && response.status() < 300 ? in.readAllBytes()
                    : in.readNBytes(MAX_ERROR_BODY);
        }
    }

    /** A whole answer, read while the pacer was held. */
    record Answer(int status, byte[] body, Map<String, Collection<String>> headers) {

        String header(String name) {
            for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
                        && !e.getValue().isEmpty()) {
                    return e.getValue().iterator().next();
                }
            }
            return null;
        }
    }
}
