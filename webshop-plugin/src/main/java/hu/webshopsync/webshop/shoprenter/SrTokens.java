package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Client;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bearer token of an OAuth client, asked for with the client-credentials grant
 * ({@code POST <tokenUrl>} {@code {"grant_type":"client_credentials","client_id","client_secret"}} →
 * {@code {"access_token","expires_in":3600}}), cached and asked for again a minute before it runs
 * out; there is no refresh token. Thread-safe; one token per connection.
 */
final class SrTokens {

    private static final Logger LOG = LoggerFactory.getLogger(SrHttp.HTTP_LOGGER);
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    private static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(3600);

    private final SrCredentials.OAuth credentials;
    private final Client client;
    private final Request.Options options;
    private final ObjectMapper mapper;
    private final Clock clock;
    private String token;
    private Instant renewAt;

    SrTokens(SrCredentials.OAuth credentials, Client client, Request.Options options, ObjectMapper mapper,
             Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.client = Objects.requireNonNull(client, "client");
        this.options = Objects.requireNonNull(options, "options");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The token to send now: the cached one while it is fresh, otherwise a new one.
     *
     * @param pacer paces the token request like any other (the shop may count it)
     * @return the access token
     * @throws IOException          when the token endpoint could not be reached
     * @throws InterruptedException when waiting for the pacer was interrupted
     */
    synchronized String current(SrPacer pacer) throws IOException, InterruptedException {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch(pacer);
        }
        return token;
    }

    /**
     * Forgets a token the API refused, so that the next request asks for a new one.
     *
     * @param refused the token that was refused
     */
    synchronized void invalidate(String refused) {
        if (refused != null && refused.equals(token)) {
            token = null;
        }
    }

    private void fetch(SrPacer pacer) throws IOException, InterruptedException {
        ObjectNode body = mapper.createObjectNode()
                .put("grant_type", "client_credentials")
                .put("client_id", credentials.clientId())
                .put("client_secret", credentials.clientSecret());
        Map<String, Collection<String>> headers = Map.of("Accept", List.of("application/json"),
                "Content-Type", List.of("application/json"));
        Request request = Request.create(Request.HttpMethod.POST, credentials.tokenUrl().toString(), headers,
                mapper.writeValueAsBytes(body), StandardCharsets.UTF_8, new RequestTemplate());
        Instant asked = clock.instant();
        LOG.debug("---> POST {} (token request)", credentials.tokenUrl());
        TokenAnswer answer = pacer.paced(() -> {
            try (Response response = client.execute(request, options)) {
                return new TokenAnswer(response.status(), read(response));
            }
        });
        LOG.debug("<--- {} (token)", answer.status());
        JsonNode json = parse(answer.body());
        if (answer.status() != 200 || json == null || SrValues.text(json, "access_token").isEmpty()) {
            String why = json == null ? "" : SrValues.text(json, "error_description")
                    .or(() -> SrValues.text(json, "error")).or(() -> SrValues.text(json, "message")).orElse("");
            if (answer.status() == 429 || answer.status() >= 500) {
                throw new SrException(answer.status(), SrException.Kind.STATUS, "", why, null, false);
            }
            throw new SrException(answer.status(), SrException.Kind.TOKEN_REFUSED, "", why, null, false);
        }
        token = json.get("access_token").asText();
        Duration lifetime = SrValues.integer(json, "expires_in").stream().mapToObj(Duration::ofSeconds).findFirst()
                .orElse(DEFAULT_LIFETIME);
        Duration early = lifetime.compareTo(RENEW_BEFORE.multipliedBy(2)) > 0 ? RENEW_BEFORE : lifetime.dividedBy(2);
        renewAt = asked.plus(lifetime).minus(early);
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] read(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readNBytes(64 * 1024);
        }
    }

    private record TokenAnswer(int status, byte[] body) {
    }

    @Override
    public String toString() {
        return "SrTokens[" + credentials + "]";
    }
}
