package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hu.webshopsync.webshop.orders.OrderPage;
import hu.webshopsync.webshop.orders.OrderSourceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one WooCommerce listing answer into an {@link OrderPage}, reading every order on its own so
 * that one malformed order (no id, an unreadable amount) is reported and the others still import.
 * The page's unusable entries name the WooCommerce field that is missing or unreadable.
 */
public final class WooOrderReader {

    private static final Logger LOG = LoggerFactory.getLogger(WooOrderReader.class);

    private final ObjectMapper mapper;

    /**
     * @param mapper the connection's mapper (modules registered explicitly, see DESIGN §2)
     */
    public WooOrderReader(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * Reads a page.
     *
     * @param body    the answer's body: a JSON array of orders
     * @param headers the answer's headers, for {@code X-WP-Total} and {@code X-WP-TotalPages}
     * @return the page
     * @throws OrderSourceException when the body is not a JSON array at all
     */
    public OrderPage read(JsonNode body, Map<String, ? extends Collection<String>> headers) {
        if (body == null || !body.isArray()) {
            throw new OrderSourceException(OrderSourceException.Kind.REJECTED,
                    "the order list is not a JSON array", null);
        }
        List<OrderPage.Entry> entries = new ArrayList<>(body.size());
        int position = 0;
        for (JsonNode node : body) {
            position++;
            entries.add(entry(node, position));
        }
        return new OrderPage(entries, header(headers, "X-WP-Total"), (int) header(headers, "X-WP-TotalPages"));
    }

    /**
     * Reads one order.
     *
     * @param node     the order's JSON
     * @param position its position on the page, from 1, to name it when it has neither number nor id
     * @return the order, or why it cannot be used
     */
    public OrderPage.Entry entry(JsonNode node, int position) {
        String label = label(node, position);
        Optional<Instant> modified = WooOrder.gmt(node == null ? null : node.path("date_modified_gmt").asText(null));
        Optional<Long> id = node != null && node.path("id").canConvertToLong() && node.path("id").asLong() > 0
                ? Optional.of(node.path("id").asLong()) : Optional.empty();
        if (node == null || !node.isObject()) {
            return new OrderPage.Malformed(label, "(order)", modified, id);
        }
        WooOrder order;
        try {
            order = mapper.treeToValue(node, WooOrder.class);
        } catch (JsonMappingException e) {
            // the path names the field; the exception's message would quote the value, which may be personal data
            LOG.debug("Order {} has an unreadable field {}", label, path(e));
            return new OrderPage.Malformed(label, path(e), modified, id);
        } catch (JsonProcessingException e) {
            return new OrderPage.Malformed(label, "(order)", modified, id);
        }
        Optional<String> missing = missingField(order);
        if (missing.isPresent()) {
            LOG.debug("Order {} lacks the field {}", label, missing.get());
            return new OrderPage.Malformed(label, missing.get(), modified, id);
        }
        return new OrderPage.Readable(WooOrderMapping.toShopOrder(order));
    }

    // what the mapping cannot do without; everything else has a sensible empty value
    private static Optional<String> missingField(WooOrder order) {
        if (order.id() == null || order.id() <= 0) {
            return Optional.of("id");
        }
        if (order.modifiedGmt().isEmpty()) {
            return Optional.of("date_modified_gmt");
        }
        if (order.total() == null) {
            return Optional.of("total");
        }
        for (int i = 0; i < order.lineItems().size(); i++) {
            WooOrder.LineItem line = order.lineItems().get(i);
            if (line == null) {
                return Optional.of("line_items[" + i + "]");
            }
            if (line.quantity() == null) {
                return Optional.of("line_items[" + i + "].quantity");
            }
            if (line.total() == null) {
                return Optional.of("line_items[" + i + "].total");
            }
        }
        for (int i = 0; i < order.shippingLines().size(); i++) {
            if (order.shippingLines().get(i) == null || order.shippingLines().get(i).total() == null) {
                return Optional.of("shipping_lines[" + i + "].total");
            }
        }
        for (int i = 0; i < order.feeLines().size(); i++) {
            if (order.feeLines().get(i) == null || order.feeLines().get(i).total() == null) {
                return Optional.of("fee_lines[" + i + "].total");
            }
        }
        return Optional.empty();
    }

    private static String label(JsonNode node, int position) {
        if (node != null && node.isObject()) {
            String number = node.path("number").asText("").trim();
            if (!number.isEmpty()) {
                return number;
            }
            String id = node.path("id").asText("").trim();
            if (!id.isEmpty() && !id.equals("null")) {
                return id;
            }
        }
        return "?" + position;
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "(order)" : out.toString();
    }

    private static long header(Map<String, ? extends Collection<String>> headers, String name) {
        if (headers == null) {
            return -1;
        }
        for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
                for (String value : e.getValue()) {
                    try {
                        return Long.parseLong(value.trim());
                    } catch (NumberFormatException ignored) {
                        // a proxy's garbage header is as good as none: paging then stops at an empty page
                    }
                }
            }
        }
        return -1;
    }
}
