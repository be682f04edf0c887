package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.webshop.orders.ShopOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Puts one {@code /orderExtend} item into the sync's words ({@link ShopOrder}); pure.
 *
 * <p>What only Shoprenter means is settled here (API notes §5):
 * <ul>
 *   <li>A line has no quantity: it is {@code stock1 + … + stock4}, what each warehouse gave. Its
 *   {@code price} is the net unit price, {@code grossPrice} the gross one (when absent: net × (1 +
 *   {@code taxRate})), {@code taxRate} the VAT percent.</li>
 *   <li>The order's {@code total} is gross. Shipping and the payment fee are {@code orderTotals} of type
 *   {@code SHIPPING} and {@code PAYMENT}, named after the order's method names, taxed at
 *   {@code shippingMethodTaxRate} / {@code paymentMethodTaxRate}. Whether those amounts are net or
 *   gross is UNVERIFIED; the docs' listing adds {@code SHIPPING} to the gross subtotal to make
 *   {@code TOTAL}, so they are read as gross. A {@code COUPON} total (read as gross the same way) is
 *   shared out over the product lines by their gross, so that each line's charged amount is after the
 *   coupon as the sync expects. If either guess is wrong, the order's total does not add up and the
 *   sync marks it for review.</li>
 *   <li>Amounts are in the shop's default currency with {@code value} the multiplier to the order's
 *   {@code currency} (OpenCart's way); an order in another currency is marked for review by the sync.</li>
 *   <li>Dates carry no zone; they are read in the shop's zone (UNVERIFIED, see
 *   {@link ShoprenterOrderSource}). {@code "0000-00-00"} and {@code "-0001-11-30T00:00:00"} mean unset.</li>
 *   <li>Names: {@code firstname} is the given name despite the docs' swapped descriptions; a Hungarian
 *   party is printed family name first, as the shop prints it.</li>
 *   <li>There is no order key (the adapter reports none) and no refund amount (a refund is a status).</li>
 * </ul>
 * A value that is present but unreadable is reported as {@link Unreadable} with the field's path.
 */
final class SrOrderMapping {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final List<String> HUNGARY = List.of("hu", "magyarország", "magyarorszag", "hungary");

    private SrOrderMapping() {
    }

    /** A value that is present but not readable; the field names it for the user. */
    static final class Unreadable extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String field;

        Unreadable(String field) {
            super(field, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    /**
     * @param o        the order as {@code /orderExtend?full=1} lists it
     * @param id       its innerId
     * @param status   its status word
     * @param stage    what the status means
     * @param modified its {@code dateUpdated}
     * @param zone     the shop's zone
     * @param taxKey   the attribute key the sync reads the buyer's tax number from
     * @return the order in the sync's words
     * @throws Unreadable naming the first field that is present but unreadable
     */
    static ShopOrder toShopOrder(JsonNode o, long id, String status, ShopOrder.Stage stage, Instant modified,
                                 ZoneId zone, String taxKey) {
        int decimals = decimals(o);
        BigDecimal total = amount(o, "total", "total").orElseThrow(() -> new Unreadable("total"))
                .setScale(decimals, RoundingMode.HALF_UP);
        List<JsonNode> products = SrValues.list(o, "orderProducts");
        List<ShopOrder.Line> lines = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            lines.add(line(products.get(i), "orderProducts[" + i + "]", decimals));
        }
        List<ShopOrder.Charge> shipping = new ArrayList<>();
        List<ShopOrder.Charge> fees = new ArrayList<>();
        BigDecimal coupon = BigDecimal.ZERO;
        List<JsonNode> totals = SrValues.list(o, "orderTotals");
        for (int i = 0; i < totals.size(); i++) {
            JsonNode t = totals.get(i);
            String type = SrValues.text(t, "type").orElse("").trim().toUpperCase(Locale.ROOT);
            if (!type.equals("SHIPPING") && !type.equals("PAYMENT") && !type.equals("COUPON")) {
                continue;
            }
            String path = "orderTotals[" + i + "].value";
            BigDecimal value = amount(t, "value", path).orElseThrow(() -> new Unreadable(path));
            String name = SrValues.text(t, "name").map(SrOrderMapping::label).orElse("");
            if (type.equals("SHIPPING")) {
                shipping.add(new ShopOrder.Charge(text(o, "shippingMethodName").orElse(name), value,
                        amount(o, "shippingMethodTaxRate", "shippingMethodTaxRate")));
            } else if (type.equals("PAYMENT")) {
                // a fee of nothing is no fee; a free shipping still says how the goods go
                if (value.signum() != 0) {
                    fees.add(new ShopOrder.Charge(text(o, "paymentMethodName").orElse(name), value,
                            amount(o, "paymentMethodTaxRate", "paymentMethodTaxRate")));
                }
            } else {
                coupon = coupon.add(value.abs());
            }
        }
        List<String> couponCodes = SrValues.text(o.path("coupon"), "code").map(String::trim).map(List::of)
                .orElse(List.of());
        return new ShopOrder(id, String.valueOf(id), "", status, stage, currency(o), date(o, "dateCreated", zone),
                modified, total, text(o, "paymentMethodCode").map(c -> c.toLowerCase(Locale.ROOT)).orElse(""),
                text(o, "paymentMethodName").orElse(""), text(o, "comment").orElse(""), party(o, "payment", true),
                party(o, "shipping", false), attributes(o, taxKey), discounted(lines, coupon), shipping, fees,
                couponCodes, BigDecimal.ZERO);
    }

    private static ShopOrder.Line line(JsonNode p, String path, int decimals) {
        BigDecimal quantity = BigDecimal.ZERO;
        for (int w = 1; w <= 4; w++) {
            quantity = quantity.add(amount(p, "stock" + w, path + ".stock" + w).orElse(BigDecimal.ZERO));
        }
        Optional<BigDecimal> net = amount(p, "price", path + ".price");
        Optional<BigDecimal> rate = amount(p, "taxRate", path + ".taxRate");
        BigDecimal gross = amount(p, "grossPrice", path + ".grossPrice")
                .or(() -> net.map(n -> n.multiply(BigDecimal.ONE.add(rate.orElse(BigDecimal.ZERO)
                        .divide(HUNDRED, 6, RoundingMode.HALF_UP)))))
                .orElseThrow(() -> new Unreadable(path + ".price"));
        // the shop keeps four decimals of a net price and shows (and charges) the gross in the currency's
        // places: 3 × 1015.75 net at 27 % is 3870.0075, which the buyer pays as 3 870 Ft
        BigDecimal lineGross = gross.multiply(quantity).setScale(decimals, RoundingMode.HALF_UP);
        // productInnerId is the product sync's id (0: the line has no product, it was deleted)
        long productId = SrValues.integer(p, "productInnerId")
                .orElseGet(() -> SrValues.relationId(p, "product")
                        .map(id -> innerIdInId(id, "product", "product_id").orElse(0)).orElse(0L));
        return new ShopOrder.Line(text(p, "name").orElse(""), Math.max(0, productId), text(p, "sku").orElse(""),
                quantity, net, lineGross, lineGross, rate);
    }

    // the coupon's gross shared by the lines' gross, the last line taking what rounding left
    private static List<ShopOrder.Line> discounted(List<ShopOrder.Line> lines, BigDecimal coupon) {
        BigDecimal base = lines.stream().map(ShopOrder.Line::listGross).filter(g -> g.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (coupon.signum() == 0 || base.signum() == 0) {
            return lines;
        }
        BigDecimal off = coupon.min(base);
        List<ShopOrder.Line> out = new ArrayList<>(lines.size());
        BigDecimal left = off;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).listGross().signum() > 0) {
                last = i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            ShopOrder.Line l = lines.get(i);
            if (l.listGross().signum() <= 0) {
                out.add(l);
                continue;
            }
            BigDecimal share = i == last ? left
                    : off.multiply(l.listGross()).divide(base, 2, RoundingMode.HALF_UP).min(left);
            left = left.subtract(share);
            out.add(new ShopOrder.Line(l.name(), l.productId(), l.sku(), l.quantity(), l.unitPrice(), l.listGross(),
                    l.listGross().subtract(share), l.vatPercent()));
        }
        return out;
    }

    private static ShopOrder.Party party(JsonNode o, String prefix, boolean billing) {
        String country = country(o, prefix);
        String given = text(o, prefix + "Firstname").orElse("");
        String family = text(o, prefix + "Lastname").orElse("");
        String name = (country.isEmpty() || country.equals("HU") ? family + " " + given : given + " " + family).trim();
        return new ShopOrder.Party(name, text(o, prefix + "Company").orElse(""), text(o, prefix + "Address1").orElse(""),
                text(o, prefix + "Address2").orElse(""), text(o, prefix + "City").orElse(""),
                text(o, prefix + "ZoneName").orElse(""), text(o, prefix + "Postcode").orElse(""), country,
                billing ? text(o, "email").orElse("") : "", billing ? text(o, "phone").orElse("") : "");
    }

    // the embedded country's ISO code; a bare link leaves only the country's name to go by
    private static String country(JsonNode o, String prefix) {
        Optional<String> iso = SrValues.text(o.path(prefix + "Country"), "isoCode2");
        if (iso.isPresent()) {
            return iso.get().trim().toUpperCase(Locale.ROOT);
        }
        String name = text(o, prefix + "CountryName").orElse("").toLowerCase(Locale.ROOT);
        return HUNGARY.contains(name) ? "HU" : "";
    }

    // the order currency's decimal places (HUF: 0); two when the answer does not say
    private static int decimals(JsonNode o) {
        return SrValues.integer(o.path("currency"), "decimalPlace").stream()
                .filter(d -> d >= 0 && d <= 4).mapToInt(d -> (int) d).findFirst().orElse(2);
    }

    private static String currency(JsonNode o) {
        JsonNode c = o.path("currency");
        return SrValues.text(c, "code").or(() -> c.isTextual() ? Optional.of(c.asText()) : Optional.empty())
                .map(s -> s.trim().toUpperCase(Locale.ROOT)).orElse("");
    }

    private static Map<String, String> attributes(JsonNode o, String taxKey) {
        Map<String, String> out = new LinkedHashMap<>();
        text(o, "taxNumber").ifPresent(t -> {
            out.put("taxNumber", t);
            out.put(taxKey, t);
        });
        return out;
    }

    /**
     * The innerId inside an API id ({@code product-product_id=51}, base64), for an answer that links a
     * resource without saying its innerId (the docs' order lines and statuses). A last resort only:
     * the FAQ warns that the encoding may change, so it is never used where the answer says the
     * innerId, and never to build an id.
     *
     * @param apiId  the API id
     * @param entity the entity part, e.g. {@code product}
     * @param column the id column, e.g. {@code product_id}
     * @return the innerId; empty when the id is not of that form
     */
    static OptionalLong innerIdInId(String apiId, String entity, String column) {
        try {
            String decoded = new String(Base64.getDecoder().decode(apiId.trim()), StandardCharsets.UTF_8);
            String prefix = entity + "-" + column + "=";
            if (decoded.startsWith(prefix) && decoded.substring(prefix.length()).matches("\\d{1,18}")) {
                return OptionalLong.of(Long.parseLong(decoded.substring(prefix.length())));
            }
        } catch (IllegalArgumentException e) {
            // not base64: an outer id or a changed encoding
        }
        return OptionalLong.empty();
    }

    /**
     * A Shoprenter date in the shop's zone.
     *
     * @param o     an object
     * @param field the date field
     * @param zone  the shop's zone
     * @return the instant; empty when the field is empty or unset ({@code 0000-00-00}, year 0 or before)
     * @throws Unreadable when the field holds something else
     */
    static Optional<Instant> date(JsonNode o, String field, ZoneId zone) {
        Optional<String> text = SrValues.text(o, field).map(String::trim);
        if (text.isEmpty() || text.get().startsWith("0000") || text.get().startsWith("-")) {
            return Optional.empty();
        }
        String t = text.get().replace(' ', 'T');
        try {
            LocalDateTime local = t.length() == 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
            return Optional.of(local.atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new Unreadable(field);
        }
    }

    private static Optional<BigDecimal> amount(JsonNode node, String field, String path) {
        Optional<String> text = SrValues.text(node, field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SrValues.decimal(node, field).orElseThrow(() -> new Unreadable(path)));
    }

    private static Optional<String> text(JsonNode node, String field) {
        return SrValues.text(node, field).map(String::trim).filter(s -> !s.isEmpty());
    }

    // "Házhozszállítás futárszolgálattal:" is how the totals name the line
    private static String label(String name) {
        String s = name.trim();
        return s.endsWith(":") ? s.substring(0, s.length() - 1).trim() : s;
    }
}
