package hu.webshopsync.host.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Places orders in a Shoprenter shop the way its API documents it: {@code POST /orders}, then their
 * {@code /orderTotals} and {@code /orderProducts}, then {@code PUT} of each order's total (the shop
 * computes no totals), grouped in {@code POST /batch} requests so that the shop's 3 requests a second
 * allow thousands of orders. Line prices are the products' net prices, their VAT the rate of their tax class,
 * the totals net, VAT and gross as the docs' example books them; the order waits to be processed
 * (status Feldolgozás alatt).
 * Ids are never built: they are read from the shop's answers.
 */
public final class ShoprenterCheckout {

    /** Shoprenter's (OpenCart's) "processing" order status. */
    private static final String PROCESSING = "2";
    /** Orders per round of batches. */
    private static final int CHUNK = 200;

    private final ShoprenterRest rest;
    private final Map<String, BigDecimal> ratesByTaxClass = new HashMap<>();
    private String languageId;
    private String processingId;

    /** @param rest the shop's API */
    public ShoprenterCheckout(ShoprenterRest rest) {
        this.rest = Objects.requireNonNull(rest, "rest");
    }

    /**
     * The buyer, with one address for billing and shipping in Hungary.
     *
     * @param firstName the first name
     * @param lastName  the family name
     * @param company   the company, {@code ""} for none
     * @param email     the e-mail address
     * @param phone     the phone number, {@code ""} for none
     * @param taxNumber the company's tax number, {@code ""} for none
     * @param street    the street address
     * @param city      the city
     * @param postcode  its postcode
     */
    public record Buyer(String firstName, String lastName, String company, String email, String phone,
                        String taxNumber, String street, String city, String postcode) {
    }

    /**
     * A line: a product named by SKU, or by its {@code innerId} when {@code sku} is {@code null}.
     *
     * @param sku            the SKU, or {@code null}
     * @param productInnerId the product's numeric id in the shop
     * @param quantity       how many, taken from the first warehouse ({@code stock1})
     */
    public record Line(String sku, long productInnerId, int quantity) {
    }

    /**
     * How the buyer pays.
     *
     * @param code Shoprenter's payment method code, e.g. {@code COD}
     * @param name the name the shop shows
     */
    public record Payment(String code, String name) {

        /** Cash on delivery. */
        public static final Payment COD = new Payment("COD", "Utánvét");
        /** A bank transfer. */
        public static final Payment TRANSFER = new Payment("BANK_TRANSFER", "Banki átutalás");
        /** A card payment. */
        public static final Payment CARD = new Payment("SIMPLE", "Bankkártya");
    }

    /**
     * An order to place.
     *
     * @param buyer   who bought
     * @param lines   what
     * @param payment how they pay
     */
    public record Order(Buyer buyer, List<Line> lines, Payment payment) {

        public Order {
            Objects.requireNonNull(buyer, "buyer");
            Objects.requireNonNull(payment, "payment");
            lines = List.copyOf(lines);
        }
    }

    /**
     * Places one order.
     *
     * @param order the order
     * @return the order's {@code innerId}
     * @throws IllegalStateException when the shop refuses a step or a product is not in the shop
     */
    public long place(Order order) {
        return placeAll(List.of(order)).get(0);
    }

    /**
     * Places orders, 200 at a time: their products are looked up, then the orders posted, their totals
     * and lines posted, and their totals put, each step in {@code POST /batch} requests.
     *
     * @param orders the orders
     * @return each order's {@code innerId}, in the same order
     * @throws IllegalStateException when the shop refuses a step or a product is not in the shop
     */
    public List<Long> placeAll(List<Order> orders) {
        Map<Line, JsonNode> products = products(orders);
        List<Long> innerIds = new ArrayList<>();
        for (int from = 0; from < orders.size(); from += CHUNK) {
            List<Order> chunk = orders.subList(from, Math.min(orders.size(), from + CHUNK));
            List<ObjectNode> posts = new ArrayList<>();
            chunk.forEach(o -> posts.add(rest.item("POST", "/orders", order(o.buyer(), o.payment()))));
            List<JsonNode> created = rest.batch(posts);
            List<ObjectNode> children = new ArrayList<>();
            List<ObjectNode> totals = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                String orderId = created.get(i).path("id").asText();
                BigDecimal gross = children(orderId, chunk.get(i).lines(), products, children);
                totals.add(rest.item("PUT", "/orders/" + orderId, rest.json().createObjectNode()
                        .put("total", plain(gross))));
                innerIds.add(created.get(i).path("innerId").asLong());
            }
            rest.batch(children);
            rest.batch(totals);
        }
        return innerIds;
    }

    private ObjectNode order(Buyer buyer, Payment payment) {
        ObjectNode order = rest.json().createObjectNode();
        order.put("firstname", buyer.firstName());
        order.put("lastname", buyer.lastName());
        order.put("email", buyer.email());
        order.put("phone", buyer.phone());
        for (String prefix : List.of("payment", "shipping")) {
            order.put(prefix + "Firstname", buyer.firstName());
            order.put(prefix + "Lastname", buyer.lastName());
            order.put(prefix + "Company", buyer.company());
            order.put(prefix + "Address1", buyer.street());
            order.put(prefix + "City", buyer.city());
            order.put(prefix + "Postcode", buyer.postcode());
            order.put(prefix + "CountryName", "Magyarország");
        }
        order.put("taxNumber", buyer.taxNumber());
        order.put("paymentMethodName", payment.name());
        order.put("paymentMethodCode", payment.code());
        order.put("shippingMethodName", "Futárszolgálat");
        order.put("comment", "");
        order.put("total", "0");
        order.putObject("language").put("id", languageId());
        order.putObject("orderStatus").put("id", processingId());
        return order;
    }

    /** Adds the order's totals and lines to {@code items}; returns its gross total. */
    private BigDecimal children(String orderId, List<Line> lines, Map<Line, JsonNode> products,
                                List<ObjectNode> items) {
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        List<ObjectNode> lineItems = new ArrayList<>();
        for (Line line : lines) {
            JsonNode product = products.get(line);
            BigDecimal unitNet = new BigDecimal(product.path("price").asText("0"));
            BigDecimal rate = taxRate(product);
            BigDecimal lineNet = unitNet.multiply(BigDecimal.valueOf(line.quantity()));
            net = net.add(lineNet);
            tax = tax.add(lineNet.multiply(rate).movePointLeft(2));
            ObjectNode item = rest.json().createObjectNode();
            item.putObject("order").put("id", orderId);
            item.putObject("product").put("id", product.path("id").asText());
            item.put("name", name(product));
            item.put("sku", product.path("sku").asText());
            item.put("price", plain(unitNet));
            item.put("originalPrice", plain(unitNet));
            item.put("total", plain(lineNet));
            item.put("taxRate", plain(rate));
            item.put("stock1", Integer.toString(line.quantity()));
            lineItems.add(rest.item("POST", "/orderProducts", item));
        }
        BigDecimal gross = net.add(tax);
        items.add(total(orderId, "SUB_TOTAL", "Nettó részösszeg:", net, 1));
        items.add(total(orderId, "TAX", "ÁFA:", tax, 2));
        items.add(total(orderId, "SUB_TOTAL_WITH_TAX", "Bruttó részösszeg:", gross, 3));
        items.add(total(orderId, "TOTAL", "Összesen bruttó:", gross, 4));
        items.addAll(lineItems);
        return gross;
    }

    private ObjectNode total(String orderId, String type, String name, BigDecimal value, int sortOrder) {
        ObjectNode total = rest.json().createObjectNode();
        total.putObject("order").put("id", orderId);
        total.put("name", name);
        total.put("valueText", value.setScale(0, RoundingMode.HALF_UP).toPlainString() + " Ft");
        total.put("value", plain(value));
        total.put("sortOrder", Integer.toString(sortOrder));
        total.put("type", type);
        total.put("key", type.toLowerCase(Locale.ROOT));
        return rest.item("POST", "/orderTotals", total);
    }

    /** The products of the orders' lines, looked up by SKU or innerId in batches of GETs. */
    private Map<Line, JsonNode> products(List<Order> orders) {
        Map<String, Line> byKey = new LinkedHashMap<>();
        for (Order o : orders) {
            for (Line line : o.lines()) {
                byKey.putIfAbsent(key(line), line);
            }
        }
        List<Line> wanted = new ArrayList<>(byKey.values());
        List<ObjectNode> gets = new ArrayList<>();
        for (Line line : wanted) {
            gets.add(rest.item("GET", "/productExtend?full=1&" + (line.sku() != null
                    ? "sku=" + URLEncoder.encode(line.sku(), StandardCharsets.UTF_8)
                    : "innerId=" + line.productInnerId()), null));
        }
        List<JsonNode> pages = rest.batch(gets);
        Map<String, JsonNode> found = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            Line line = wanted.get(i);
            for (JsonNode p : pages.get(i).path("items")) {
                if (line.sku() == null || line.sku().equals(p.path("sku").asText())) {
                    found.put(key(line), p);
                    break;
                }
            }
            if (!found.containsKey(key(line))) {
                throw new IllegalStateException("no product " + (line.sku() != null ? line.sku()
                        : "#" + line.productInnerId()) + " in the shop");
            }
        }
        Map<Line, JsonNode> products = new HashMap<>();
        orders.forEach(o -> o.lines().forEach(line -> products.put(line, found.get(key(line)))));
        return products;
    }

    private static String key(Line line) {
        return line.sku() != null ? "sku:" + line.sku() : "id:" + line.productInnerId();
    }

    private static String name(JsonNode product) {
        for (JsonNode d : product.path("productDescriptions")) {
            if (!d.path("name").asText().isEmpty()) {
                return d.path("name").asText();
            }
        }
        return product.path("sku").asText();
    }

    private BigDecimal taxRate(JsonNode product) {
        if (ratesByTaxClass.isEmpty()) {
            for (JsonNode taxClass : rest.get("/taxClassExtend?full=1&limit=200").path("items")) {
                JsonNode rates = taxClass.path("taxRates");
                ratesByTaxClass.put(taxClass.path("id").asText(), rates.isArray() && !rates.isEmpty()
                        ? new BigDecimal(rates.get(0).path("rate").asText("0")) : BigDecimal.ZERO);
            }
        }
        return ratesByTaxClass.getOrDefault(lastSegment(product.path("taxClass").path("href").asText("")),
                BigDecimal.ZERO);
    }

    /** @return the id of the shop's Hungarian language (code {@code hu}) */
    public String languageId() {
        if (languageId == null) {
            languageId = find("/languages?full=1", "code", "hu");
        }
        return languageId;
    }

    private String processingId() {
        if (processingId == null) {
            processingId = find("/orderStatuses?full=1", "innerId", PROCESSING);
        }
        return processingId;
    }

    private String find(String list, String field, String value) {
        for (JsonNode item : rest.get(list).path("items")) {
            if (value.equals(item.path(field).asText())) {
                return item.path("id").asText();
            }
        }
        throw new IllegalStateException("the shop has no " + list + " item with " + field + " " + value);
    }

    private static String lastSegment(String href) {
        String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String plain(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
