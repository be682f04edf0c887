package hu.webshopsync.webshop.products;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import hu.webshopsync.api.Binding;
import hu.webshopsync.api.LocalizedText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The owned fields of a product as last written to the shop, kept in its binding's {@code extra}
 * (saved with the content hash, in the same transaction), so the next update can say what it changed:
 * {@code ár: 3 500 → 4 445 Ft}. The description is kept as a digest only, to stay small. A field is
 * {@code null} when it was not sent or is not known; it then gets no line.
 *
 * @param name        the name
 * @param price       the regular price text
 * @param stock       the stock quantity
 * @param taxClass    the tax class
 * @param category    the category path
 * @param status      {@code publish} or {@code draft}
 * @param description a digest of the description
 * @param images      the shop media ids, comma-separated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SentFields(@JsonProperty("n") String name, @JsonProperty("p") String price, @JsonProperty("s") Long stock,
                  @JsonProperty("t") String taxClass, @JsonProperty("c") String category,
                  @JsonProperty("st") String status, @JsonProperty("d") String description,
                  @JsonProperty("i") String images) {

    // the binding's extra column holds 4000 characters
    private static final int MAX_LENGTH = 4_000;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * What a write sends, fields it leaves out taken from what was sent before.
     *
     * @param w the write
     * @return the fields
     */
    static SentFields of(PendingWrite w) {
        ProductPayload p = w.payload();
        Optional<SentFields> before = of(w.previous());
        String images = p.imageIds() != null
                ? p.imageIds().stream().map(String::valueOf).collect(Collectors.joining(","))
                : before.map(SentFields::images).orElse(null);
        return new SentFields(p.name(), p.regularPrice(), p.stockQuantity(), p.taxClass(),
                w.category() == null ? "" : w.category().toString(), p.status(), digest(p.description()), images);
    }

    /**
     * The fields kept in a binding.
     *
     * @param binding a product binding, or {@code null}
     * @return the fields, empty when the binding keeps none (made before they were kept, or taken off sale)
     */
    static Optional<SentFields> of(Binding binding) {
        if (binding == null || !binding.extra().startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(binding.extra(), SentFields.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** @return the text for the binding's {@code extra} */
    String encode() {
        try {
            String text = JSON.writeValueAsString(this);
            if (text.length() <= MAX_LENGTH) {
                return text;
            }
            // an extremely long name or category path: those lines are given up, the others kept
            return JSON.writeValueAsString(new SentFields(null, price, stock, taxClass, null, status, description,
                    images != null && images.length() > 200 ? null : images));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the sent fields", e);
        }
    }

    /**
     * The lines that say what changed since {@code before}, in a fixed order.
     *
     * @param before   what was sent before
     * @param currency the ERP's currency, ISO 4217
     * @return one text per changed field
     */
    List<LocalizedText> changesSince(SentFields before, String currency) {
        List<LocalizedText> lines = new ArrayList<>();
        if (differs(before.name, name)) {
            lines.add(LocalizedText.of("change.name", before.name, name));
        }
        if (differs(before.price, price) && number(before.price) != null && number(price) != null
                && number(before.price).compareTo(number(price)) != 0) {
            lines.add(LocalizedText.of("change.price", number(before.price), number(price),
                    "HUF".equals(currency) ? LocalizedText.of("currency.HUF") : currency));
        }
        if (differs(before.stock, stock)) {
            lines.add(LocalizedText.of("change.stock", before.stock, stock));
        }
        if (differs(before.taxClass, taxClass)) {
            lines.add(LocalizedText.of("change.taxClass", shown(before.taxClass), shown(taxClass)));
        }
        if (differs(before.category, category)) {
            lines.add(LocalizedText.of("change.category", shown(before.category), shown(category)));
        }
        if (differs(before.status, status)) {
            lines.add(LocalizedText.of("change.status", LocalizedText.of("productStatus." + before.status),
                    LocalizedText.of("productStatus." + status)));
        }
        if (differs(before.description, description)) {
            lines.add(LocalizedText.of("change.description"));
        }
        if (differs(before.images, images)) {
            lines.add(LocalizedText.of("change.image"));
        }
        return lines;
    }

    private static boolean differs(Object before, Object now) {
        return before != null && now != null && !Objects.equals(before, now);
    }

    private static Object shown(String value) {
        return value.isEmpty() ? LocalizedText.of("change.none") : value;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String digest(String text) {
        if (text == null) {
            return null;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
