package hu.webshopsync.webshop.products;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The content hash of a product intent: SHA-256 over its canonical JSON (properties and map keys
 * in alphabetical order, no whitespace), so the hash is the same in every run and JVM and does not
 * depend on field order. Prefixed with a format version: changing what is hashed must change the
 * version, which makes the next run resend everything once, on purpose.
 */
final class PayloadHasher {

    static final String VERSION = "1:";

    private final ObjectMapper canonical = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /**
     * Hashes a value.
     *
     * @param value a record or map of plain values
     * @return {@code 1:} + the URL-safe Base64 SHA-256 of the canonical JSON
     */
    public String hash(Object value) {
        try {
            byte[] json = canonical.writeValueAsBytes(value);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not hashable: " + value.getClass().getSimpleName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
