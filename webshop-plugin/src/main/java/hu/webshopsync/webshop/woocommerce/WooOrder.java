package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A WooCommerce order as {@code GET /orders} returns it, reduced to what the order sync reads.
 *
 * <p>Shapes follow the real captures, not the docs: amounts are strings with two decimals
 * ({@code "4980.00"}, read into {@link BigDecimal}); {@code line_items[].price} is a number; the
 * {@code _gmt} dates are UTC without a zone suffix; empty address parts are {@code ""}. Every field
 * may be missing in a malformed answer, so nothing is primitive; {@link WooOrderReader} decides
 * what an order cannot do without, and {@link WooOrderMapping} puts it into the sync's words.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WooOrder(
        @JsonProperty("id") Long id,
        @JsonProperty("number") String number,
        @JsonProperty("order_key") String orderKey,
        @JsonProperty("status") String status,
        @JsonProperty("currency") String currency,
        @JsonProperty("prices_include_tax") Boolean pricesIncludeTax,
        @JsonProperty("date_created_gmt") String dateCreatedGmt,
        @JsonProperty("date_modified_gmt") String dateModifiedGmt,
        @JsonProperty("total") BigDecimal total,
        @JsonProperty("total_tax") BigDecimal totalTax,
        @JsonProperty("discount_total") BigDecimal discountTotal,
        @JsonProperty("discount_tax") BigDecimal discountTax,
        @JsonProperty("payment_method") String paymentMethod,
        @JsonProperty("payment_method_title") String paymentMethodTitle,
        @JsonProperty("customer_note") String customerNote,
        @JsonProperty("billing") Address billing,
        @JsonProperty("shipping") Address shipping,
        @JsonProperty("meta_data") List<Meta> metaData,
        @JsonProperty("line_items") List<LineItem> lineItems,
        @JsonProperty("shipping_lines") List<ShippingLine> shippingLines,
        @JsonProperty("fee_lines") List<FeeLine> feeLines,
        @JsonProperty("coupon_lines") List<CouponLine> couponLines,
        @JsonProperty("tax_lines") List<TaxLine> taxLines,
        @JsonProperty("refunds") List<Refund> refunds) {

    /**
     * Missing lists become empty.
     */
    public WooOrder {
        metaData = metaData == null ? List.of() : List.copyOf(metaData);
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        shippingLines = shippingLines == null ? List.of() : List.copyOf(shippingLines);
        feeLines = feeLines == null ? List.of() : List.copyOf(feeLines);
        couponLines = couponLines == null ? List.of() : List.copyOf(couponLines);
        taxLines = taxLines == null ? List.of() : List.copyOf(taxLines);
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
    }

    /**
     * When the order last changed, from {@code date_modified_gmt}.
     *
     * @return the instant, or empty when absent or unreadable
     */
    public Optional<Instant> modifiedGmt() {
        return gmt(dateModifiedGmt);
    }

    /**
     * When the order was placed, from {@code date_created_gmt}.
     *
     * @return the instant, or empty when absent or unreadable
     */
    public Optional<Instant> createdGmt() {
        return gmt(dateCreatedGmt);
    }

    // WooCommerce writes "2026-11-27T22:47:58": the _gmt fields are UTC, only the suffix is missing
    static Optional<Instant> gmt(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.trim()).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A billing or shipping address as sent, any part possibly missing; shipping addresses have no e-mail. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(
            @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName,
            @JsonProperty("company") String company,
            @JsonProperty("address_1") String address1,
            @JsonProperty("address_2") String address2,
            @JsonProperty("city") String city,
            @JsonProperty("state") String state,
            @JsonProperty("postcode") String postcode,
            @JsonProperty("country") String country,
            @JsonProperty("email") String email,
            @JsonProperty("phone") String phone) {

        /**
         * The name as the shop itself prints it for the address's country: family name first for a
         * Hungarian address ("Kovács Anna", WooCommerce's address format for HU), given name first
         * otherwise.
         *
         * @return the name, or empty
         */
        public String personName() {
            String first = Objects.toString(firstName, "").trim();
            String last = Objects.toString(lastName, "").trim();
            String name = "HU".equalsIgnoreCase(Objects.toString(country, "").trim()) ? last + " " + first
                    : first + " " + last;
            return name.trim();
        }
    }

    /** A meta entry; the value may be any JSON. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meta(@JsonProperty("key") String key, @JsonProperty("value") JsonNode value) {
    }

    /** A product line. {@code product_id} 0 means the product was unknown or deleted (capture 42, 49). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LineItem(
            @JsonProperty("id") Long id,
            @JsonProperty("name") String name,
            @JsonProperty("product_id") Long productId,
            @JsonProperty("variation_id") Long variationId,
            @JsonProperty("quantity") BigDecimal quantity,
            @JsonProperty("sku") String sku,
            @JsonProperty("price") BigDecimal price,
            @JsonProperty("subtotal") BigDecimal subtotal,
            @JsonProperty("subtotal_tax") BigDecimal subtotalTax,
            @JsonProperty("total") BigDecimal total,
            @JsonProperty("total_tax") BigDecimal totalTax,
            @JsonProperty("taxes") List<LineTax> taxes) {

        /**
         * Missing lists become empty.
         */
        public LineItem {
            taxes = taxes == null ? List.of() : List.copyOf(taxes);
        }
    }

    /** One tax rate's share of a line; {@code id} refers to {@link TaxLine#rateId()}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LineTax(@JsonProperty("id") Long id, @JsonProperty("total") BigDecimal total,
                          @JsonProperty("subtotal") BigDecimal subtotal) {
    }

    /** A shipping charge. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShippingLine(
            @JsonProperty("id") Long id,
            @JsonProperty("method_title") String methodTitle,
            @JsonProperty("method_id") String methodId,
            @JsonProperty("total") BigDecimal total,
            @JsonProperty("total_tax") BigDecimal totalTax,
            @JsonProperty("taxes") List<LineTax> taxes) {

        /**
         * Missing lists become empty.
         */
        public ShippingLine {
            taxes = taxes == null ? List.of() : List.copyOf(taxes);
        }
    }

    /** A fee, e.g. a cash-on-delivery handling fee (capture 14). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeeLine(
            @JsonProperty("id") Long id,
            @JsonProperty("name") String name,
            @JsonProperty("total") BigDecimal total,
            @JsonProperty("total_tax") BigDecimal totalTax,
            @JsonProperty("taxes") List<LineTax> taxes) {

        /**
         * Missing lists become empty.
         */
        public FeeLine {
            taxes = taxes == null ? List.of() : List.copyOf(taxes);
        }
    }

    /** A coupon used on the order; its discount is already inside the product lines' totals. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CouponLine(
            @JsonProperty("id") Long id,
            @JsonProperty("code") String code,
            @JsonProperty("discount") BigDecimal discount,
            @JsonProperty("discount_tax") BigDecimal discountTax) {
    }

    /** A tax rate applied on the order. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaxLine(
            @JsonProperty("id") Long id,
            @JsonProperty("rate_code") String rateCode,
            @JsonProperty("rate_id") Long rateId,
            @JsonProperty("label") String label,
            @JsonProperty("rate_percent") BigDecimal ratePercent) {
    }

    /** A refund given on the order; its {@code total} is negative (WooCommerce 7.9's order answer). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Refund(@JsonProperty("id") Long id, @JsonProperty("reason") String reason,
                         @JsonProperty("total") BigDecimal total) {
    }
}
