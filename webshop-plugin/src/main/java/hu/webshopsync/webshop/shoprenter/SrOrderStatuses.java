package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.webshop.orders.ShopOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The shop's order statuses and the order sync's status words for them.
 *
 * <p>The order port speaks WooCommerce-like words; a Shoprenter order status is a resource
 * ({@code /orderStatuses}: id, innerId, Hungarian name in {@code /orderStatusDescriptions}). Shoprenter
 * is built on OpenCart and seeds its statuses, so the innerIds below are the defaults; a shop may add
 * its own, which have no word: they are called by their innerId ({@code "15"}) and count as still to
 * deliver. A settings value may name a status by word, by innerId or by its name in the shop
 * (case-insensitive). Order answers link the status by API id only, so the table of the shop's
 * statuses is what turns a link into an innerId; ids are learnt from it, never built.
 */
final class SrOrderStatuses {

    /** A status word and what it means to the sync. */
    record Word(String word, ShopOrder.Stage stage) {
    }

    /**
     * One of the shop's statuses.
     *
     * @param apiId   its API id
     * @param innerId its innerId
     * @param names   its names in the shop's languages (lower-cased); empty when not read
     */
    record Status(String apiId, long innerId, List<String> names) {

        Status {
            Objects.requireNonNull(apiId, "apiId");
            names = List.copyOf(names);
        }
    }

    // OpenCart's seeded statuses as Shoprenter keeps them (3 Kiszállítva: the goods left, the shop is done)
    static final Map<Long, Word> DEFAULTS = defaults();

    private final Map<String, Status> byApiId = new HashMap<>();
    private final Map<Long, Status> byInnerId = new LinkedHashMap<>();

    /**
     * @param shop the shop's statuses as read
     */
    SrOrderStatuses(Collection<Status> shop) {
        for (Status s : shop) {
            byApiId.putIfAbsent(s.apiId(), s);
            byInnerId.putIfAbsent(s.innerId(), s);
        }
    }

    /**
     * Reads the shop's statuses ({@code /orderStatuses}) and, when asked, their names
     * ({@code /orderStatusDescriptions}, every language).
     *
     * @param pager reads the shop's pages
     * @param names whether the names are needed (a setting names a status by its name)
     * @return the table
     */
    static SrOrderStatuses load(SrOrderPager pager, boolean names) {
        Map<String, Long> innerIds = new LinkedHashMap<>();
        for (JsonNode item : all(pager, "orderStatuses")) {
            Optional<String> id = SrValues.text(item, "id").or(() -> SrValues.text(item, "href")
                    .flatMap(SrValues::idFromHref));
            OptionalLong innerId = SrValues.integer(item, "innerId");
            if (innerId.isEmpty() && id.isPresent()) {
                // the docs' status answer has no innerId (fx order_status get_id.json)
                innerId = SrOrderMapping.innerIdInId(id.get(), "orderStatus", "order_status_id");
            }
            if (id.isPresent() && innerId.isPresent()) {
                innerIds.put(id.get(), innerId.getAsLong());
            }
        }
        Map<String, List<String>> named = new HashMap<>();
        if (names) {
            for (JsonNode item : all(pager, "orderStatusDescriptions")) {
                Optional<String> status = SrValues.relationId(item, "orderStatus");
                Optional<String> name = SrValues.text(item, "name").map(SrOrderStatuses::norm);
                if (status.isPresent() && name.isPresent()) {
                    named.computeIfAbsent(status.get(), k -> new ArrayList<>()).add(name.get());
                }
            }
        }
        List<Status> out = new ArrayList<>();
        innerIds.forEach((id, innerId) -> out.add(new Status(id, innerId, named.getOrDefault(id, List.of()))));
        return new SrOrderStatuses(out);
    }

    private static List<JsonNode> all(SrOrderPager pager, String resource) {
        List<JsonNode> out = new ArrayList<>();
        // a shop has a few dozen statuses at most; the bound only stops a shop that always says "next"
        for (int page = 0; page < 50; page++) {
            SrPage answer = pager.page(resource, Map.of(), page);
            out.addAll(answer.items());
            if (!answer.hasNext() || answer.items().isEmpty()) {
                break;
            }
        }
        return out;
    }

    private static Map<Long, Word> defaults() {
        Map<Long, Word> m = new LinkedHashMap<>();
        m.put(1L, new Word("pending", ShopOrder.Stage.OPEN));
        m.put(2L, new Word("processing", ShopOrder.Stage.OPEN));
        m.put(3L, new Word("shipped", ShopOrder.Stage.COMPLETED));
        m.put(5L, new Word("completed", ShopOrder.Stage.COMPLETED));
        m.put(7L, new Word("cancelled", ShopOrder.Stage.CANCELLED));
        m.put(8L, new Word("denied", ShopOrder.Stage.CANCELLED));
        m.put(10L, new Word("failed", ShopOrder.Stage.CANCELLED));
        m.put(11L, new Word("refunded", ShopOrder.Stage.REFUNDED));
        return Map.copyOf(m);
    }

    /**
     * Whether any of the words names a status by its name in the shop, which only the status
     * descriptions tell (a word or an innerId needs no more than the status table).
     *
     * @param words settings values
     * @return whether names must be read
     */
    static boolean needsNames(Collection<String> words) {
        return words.stream().map(SrOrderStatuses::norm)
                .anyMatch(w -> !w.isEmpty() && defaultInnerId(w).isEmpty() && !w.matches("\\d{1,18}"));
    }

    /**
     * @param relation an order's {@code orderStatus}: {@code {"href": …}}, {@code {"id": …}}, or an
     *                 embedded status with its {@code innerId}
     * @return the status's innerId; empty when the relation is empty (an abandoned cart) or unknown
     */
    OptionalLong innerIdOf(JsonNode relation) {
        if (SrValues.empty(relation)) {
            return OptionalLong.empty();
        }
        OptionalLong embedded = SrValues.integer(relation, "innerId");
        if (embedded.isPresent()) {
            return embedded;
        }
        Optional<String> id = relation.isTextual() ? SrValues.idFromHref(relation.asText())
                : SrValues.text(relation, "id").or(() -> SrValues.text(relation, "href").flatMap(SrValues::idFromHref));
        Status status = id.map(byApiId::get).orElse(null);
        return status == null ? OptionalLong.empty() : OptionalLong.of(status.innerId());
    }

    /**
     * @param innerId a status innerId
     * @return its word: the default one, else the innerId as text
     */
    static String word(long innerId) {
        Word w = DEFAULTS.get(innerId);
        return w == null ? String.valueOf(innerId) : w.word();
    }

    /**
     * @param innerId a status innerId
     * @return what the status means to the sync; a shop's own status counts as still to deliver
     */
    static ShopOrder.Stage stage(long innerId) {
        Word w = DEFAULTS.get(innerId);
        return w == null ? ShopOrder.Stage.OPEN : w.stage();
    }

    /**
     * The status a settings value names.
     *
     * @param value a word ({@code completed}), an innerId ({@code 5}) or the shop's name ({@code Teljesítve})
     * @return its innerId; empty when nothing matches
     */
    OptionalLong resolve(String value) {
        String w = norm(value);
        if (w.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong known = defaultInnerId(w);
        if (known.isPresent()) {
            return known;
        }
        if (w.matches("\\d{1,18}")) {
            return OptionalLong.of(Long.parseLong(w));
        }
        return byInnerId.values().stream().filter(s -> s.names().contains(w)).mapToLong(Status::innerId)
                .findFirst();
    }

    /**
     * @param innerId a status innerId
     * @return its API id, as the shop's table gave it
     */
    Optional<String> apiId(long innerId) {
        return Optional.ofNullable(byInnerId.get(innerId)).map(Status::apiId);
    }

    /**
     * The statuses a listing takes, and the spelling each is reported in: an order's status must read
     * the way the settings wrote it, since the sync compares the words.
     *
     * @param words      the settings' statuses
     * @param withClosed whether the closed statuses are listed too
     * @return innerId → the word to report, in the settings' spelling where they named it
     */
    Map<Long, String> listed(List<String> words, boolean withClosed) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (String w : words) {
            resolve(w).ifPresent(id -> out.putIfAbsent(id, norm(w)));
        }
        if (withClosed) {
            Set<Long> all = new LinkedHashSet<>(DEFAULTS.keySet());
            all.addAll(byInnerId.keySet());
            for (long id : all) {
                if (stage(id) != ShopOrder.Stage.OPEN) {
                    out.putIfAbsent(id, word(id));
                }
            }
        }
        return out;
    }

    /** @return the words of {@code words} that name no status of the shop */
    List<String> unknown(Collection<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!norm(w).isEmpty() && resolve(w).isEmpty()) {
                out.add(w.trim());
            }
        }
        return out;
    }

    private static OptionalLong defaultInnerId(String word) {
        return DEFAULTS.entrySet().stream().filter(e -> e.getValue().word().equals(word))
                .mapToLong(Map.Entry::getKey).findFirst();
    }

    static String norm(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }
}
