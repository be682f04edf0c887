package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import hu.webshopsync.webshop.shop.HttpTransport;
import hu.webshopsync.webshop.shop.RetryListener;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The Shoprenter REST API of one shop: JSON reads and writes relative to the API base, paged
 * collections and {@code POST /batch}. Thread-safe; requests from every thread go out one at a
 * time under the shop's rate limit (see {@link SrPacer}). Throws only {@link SrException} (the
 * shop said no) and {@link ShopUnreachableException} (no answer); neither carries a credential.
 */
public final class ShoprenterClient {

    /** The most items one collection page holds ({@code limit}). */
    public static final int PAGE_LIMIT = 200;
    /** The most requests one {@code POST /batch} should hold (api/04). */
    public static final int MAX_BATCH = 200;

    private final SrAccess access;
    private final ObjectMapper mapper;
    private final SrHttp http;
    private final RetryListener listener;
    private final SrBatchCodec codec;

    /**
     * A client with the usual retries.
     *
     * @param access the shop's address and credentials
     * @param mapper the plugin's JSON mapper
     * @return the client
     */
    public static ShoprenterClient open(SrAccess access, ObjectMapper mapper) {
        return open(access, mapper, SrHttp.Policy.DEFAULT.maxAttempts());
    }

    /**
     * A client with a given number of tries per request (a module check uses 1: the user waits).
     *
     * @param access      the shop's address and credentials
     * @param mapper      the plugin's JSON mapper
     * @param maxAttempts tries per request, at least 1
     * @return the client
     */
    public static ShoprenterClient open(SrAccess access, ObjectMapper mapper, int maxAttempts) {
        return new ShoprenterClient(access, HttpTransport.create(access.connectTimeout(), access.caFile()), mapper,
                Clock.systemUTC(), SrHttp.Policy.DEFAULT.withMaxAttempts(maxAttempts), d -> Thread.sleep(d.toMillis()),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    ShoprenterClient(SrAccess access, Client transport, ObjectMapper mapper, Clock clock, SrHttp.Policy policy,
                     SrPacer.Sleeper sleeper, DoubleSupplier random) {
        this(access, mapper, http(access, transport, mapper, clock, policy, sleeper, random), RetryListener.NONE);
    }

    private ShoprenterClient(SrAccess access, ObjectMapper mapper, SrHttp http, RetryListener listener) {
        this.access = Objects.requireNonNull(access, "access");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.http = Objects.requireNonNull(http, "http");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.codec = new SrBatchCodec(mapper, this::url);
    }

    private static SrHttp http(SrAccess access, Client transport, ObjectMapper mapper, Clock clock,
                               SrHttp.Policy policy, SrPacer.Sleeper sleeper, DoubleSupplier random) {
        SrPacer pacer = new SrPacer(access.requestsPerSecond(), clock, sleeper);
        SrTokens tokens = access.credentials() instanceof SrCredentials.OAuth oauth
                ? new SrTokens(oauth, transport, SrHttp.options(access), mapper, clock) : null;
        return new SrHttp(access, transport, mapper, pacer, tokens, policy, sleeper, random);
    }

    /**
     * This shop for one run: the same pacing and token, and a listener that hears about every wait
     * before a retry (the action shows it as a status line).
     *
     * @param runListener hears about waits; called on the requesting thread
     * @return the run's view of this client
     */
    public ShoprenterClient forRun(RetryListener runListener) {
        return new ShoprenterClient(access, mapper, http, runListener);
    }

    /**
     * @param pathAndQuery relative to the API base, e.g. {@code languages?code=hu&full=1}; query values encoded
     *                     (see {@link #path(String, Map)})
     * @return the answer
     */
    public JsonNode get(String pathAndQuery) {
        return http.send("GET", url(pathAndQuery), null, true, listener);
    }

    /**
     * @param path relative to the API base, e.g. {@code files}
     * @param body the bare object to send (Jackson-serialised)
     * @return the answer; {@link com.fasterxml.jackson.databind.node.MissingNode} when it had no body (204)
     */
    public JsonNode post(String path, Object body) {
        return http.send("POST", url(path), bytes(body), false, listener);
    }

    /**
     * @param path relative to the API base, e.g. {@code orders/<id>}
     * @param body the bare object to send; never with {@code id} in it (that rewrites the outer id)
     * @return the answer
     */
    public JsonNode put(String path, Object body) {
        return http.send("PUT", url(path), bytes(body), true, listener);
    }

    /**
     * One page of a collection with whole items ({@code full=1}, {@code limit=200}). A page past the
     * last one (400 "Page not found", also page 0 of an empty collection) reads as empty.
     *
     * @param resource e.g. {@code productExtend}
     * @param filters  query filters, e.g. {@code updatedAtMin}; unencoded
     * @param page     from 0
     * @return the page
     */
    public SrPage page(String resource, Map<String, String> filters, int page) {
        return page(resource, filters, page, PAGE_LIMIT);
    }

    /**
     * {@link #page(String, Map, int)} with another page size.
     *
     * @param resource e.g. {@code products}
     * @param filters  query filters; unencoded
     * @param page     from 0
     * @param limit    items per page, 1 to {@value #PAGE_LIMIT}
     * @return the page
     */
    public SrPage page(String resource, Map<String, String> filters, int page, int limit) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.put("full", "1");
        query.put("limit", String.valueOf(Math.max(1, Math.min(PAGE_LIMIT, limit))));
        query.put("page", String.valueOf(page));
        JsonNode answer;
        try {
            answer = get(path(resource, query));
        } catch (SrException e) {
            if (e.status() == 400 && pastLastPage(e)) {
                return new SrPage(List.of(), false);
            }
            throw e;
        }
        return new SrPage(SrValues.list(answer, "items"), !SrValues.empty(answer.get("next")));
    }

    /**
     * Sends requests through {@code POST /batch}, {@value #MAX_BATCH} at a time, one batch after
     * another. Items answered 429 (and 502/503/504 for items that may be repeated) are sent again
     * after a wait; every other outcome is the caller's to judge: the batch answers 200 even when
     * items fail, and nothing is rolled back (UNVERIFIED).
     *
     * @param items the requests
     * @return one outcome per item, in order
     */
    public List<BatchOutcome> batch(List<BatchItem> items) {
        BatchOutcome[] out = new BatchOutcome[items.size()];
        for (int from = 0; from < items.size(); from += MAX_BATCH) {
            List<BatchItem> chunk = items.subList(from, Math.min(items.size(), from + MAX_BATCH));
            List<BatchOutcome> done = batchWithRetries(chunk);
            for (int i = 0; i < done.size(); i++) {
                out[from + i] = done.get(i);
            }
        }
        return Arrays.asList(out);
    }

    private List<BatchOutcome> batchWithRetries(List<BatchItem> chunk) {
        List<BatchOutcome> result = new ArrayList<>(sendBatch(chunk));
        for (int attempt = 1; ; attempt++) {
            List<Integer> again = new ArrayList<>();
            int status = 0;
            for (int i = 0; i < chunk.size(); i++) {
                int s = result.get(i).statusCode();
                if (s == 429 || (s == 502 || s == 503 || s == 504) && chunk.get(i).repeatable()) {
                    again.add(i);
                    status = Math.max(status, s);
                }
            }
            if (again.isEmpty() || !http.waitForItems(listener, status, attempt)) {
                return result;
            }
            List<BatchOutcome> retried = sendBatch(again.stream().map(chunk::get).toList());
            for (int k = 0; k < again.size(); k++) {
                result.set(again.get(k), retried.get(k));
            }
        }
    }

    private List<BatchOutcome> sendBatch(List<BatchItem> items) {
        boolean repeatable = items.stream().allMatch(BatchItem::repeatable);
        JsonNode answer = http.send("POST", url("batch"), bytes(codec.request(items)), repeatable, listener);
        return codec.outcomes(answer, items.size());
    }

    /**
     * A path with an encoded query: {@code path("productExtend", {"sku": "AB 1"})} →
     * {@code productExtend?sku=AB%201}.
     *
     * @param resource the path relative to the API base
     * @param query    the parameters, unencoded, in order
     * @return the path and query
     */
    public static String path(String resource, Map<String, String> query) {
        StringBuilder out = new StringBuilder(resource);
        char sep = resource.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            out.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return out.toString();
    }

    /** @return the API base, e.g. {@code https://bolt.api2.myshoprenter.hu/api} */
    public URI baseUrl() {
        return access.baseUrl();
    }

    /** @return the API host[:port], for messages */
    public String host() {
        return access.host();
    }

    /** @return the plugin's JSON mapper */
    public ObjectMapper mapper() {
        return mapper;
    }

    String url(String pathAndQuery) {
        if (pathAndQuery.startsWith("http://") || pathAndQuery.startsWith("https://")) {
            throw new IllegalArgumentException("pass a path relative to the API base, not an href");
        }
        String p = pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery;
        return access.baseUrl() + "/" + p;
    }

    private byte[] bytes(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("body is not JSON-serialisable: " + e.getOriginalMessage(), e);
        }
    }

    private static boolean pastLastPage(SrException e) {
        return e.innerCode().equals("40008") || e.shopMessage().toLowerCase(java.util.Locale.ROOT).contains("page");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "ShoprenterClient[" + access.baseUrl() + ", " + access.credentials() + "]";
    }
}
