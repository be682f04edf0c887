package hu.webshopsync.webshop.orders;

import static hu.webshopsync.webshop.orders.TestOrders.DEFAULTS;
import static hu.webshopsync.webshop.orders.TestOrders.HU;
import static hu.webshopsync.webshop.orders.TestOrders.SOURCE;
import static hu.webshopsync.webshop.orders.TestOrders.json;
import static hu.webshopsync.webshop.orders.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.api.Address;
import hu.webshopsync.api.CustomerDraft;
import hu.webshopsync.api.CustomerOrderDraft;
import hu.webshopsync.api.LineKind;
import hu.webshopsync.api.OrderLineDraft;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderMapperTest {

    private static final CustomerDraft GUEST = new CustomerDraft(null, "Vevő Neve", "", "", "v@example.com", "");
    private static final OrderLookups KNOWN = new OrderLookups(TestOrders.products(), Map.of());

    private final OrderMapper mapper = new OrderMapper(DEFAULTS, SOURCE, "HUF", HU);

    @Test
    void companyOrderWithShippingKeepsAddressesNoteAndShopNumbers() {
        MappedOrder mapped = mapper.map(order("12_order_create_1.json"), GUEST, KNOWN);
        CustomerOrderDraft d = mapped.draft();

        assertThat(mapped.reasons()).isEmpty();
        assertThat(d.needsReview()).isFalse();
        assertThat(d.externalSource()).isEqualTo(SOURCE);
        assertThat(d.externalReference()).isEqualTo("19");
        assertThat(d.externalNumber()).isEqualTo("19");
        assertThat(d.orderDate()).isEqualTo(Instant.parse("2026-11-27T22:47:58Z"));
        assertThat(d.paymentMethod()).isEqualTo("utánvét");
        assertThat(d.currency()).isEqualTo("HUF");
        assertThat(d.shopGrossTotal()).isEqualByComparingTo("6970");
        assertThat(d.comment()).isEqualTo("Kérem délután szállítsák!");
        assertThat(d.reserveInWarehouse()).isEqualTo("KÖZPONT");
        assertThat(d.billing()).isEqualTo(new Address("Tükörfúrógép Árvíztűrő", "Őszibarack Kft.", "9021", "Győr",
                "Kőrösi Csoma Sándor út 12.\n3. emelet 7.", "HU", "arvizturo@example.com", "+36 30 123 4567"));
        assertThat(d.shipping()).isEqualTo(new Address("Tükörfúrógép Árvíztűrő", "Őszibarack Kft.", "9021", "Győr",
                "Kőrösi Csoma Sándor út 12.\n3. emelet 7.", "HU", "", ""));
        assertThat(d.lines()).containsExactly(
                line(LineKind.PRODUCT, "SKU-r2-1", "Árvíztűrő Tükörfúrógép r2", "2", "2490.00", "27", "4980.00"),
                line(LineKind.PRODUCT, "SKU-r2-A", "Batch A r2", "1", "500.00", "5", "500.00"),
                line(LineKind.SHIPPING, "SZALLITAS", "Futárszolgálat", "1", "1490.00", "27", "1490.00"));
        assertThat(total(d)).isEqualByComparingTo(d.shopGrossTotal());
    }

    @Test
    void guestOrderWithoutShippingAddressShipsToBilling() {
        CustomerOrderDraft d = mapper.map(order("14_order_create_3.json"), GUEST, KNOWN).draft();

        assertThat(d.shipping()).isEqualTo(d.billing());
        assertThat(d.billing().name()).isEqualTo("Üllői Ödön");
        assertThat(d.customer()).isEqualTo(GUEST);
    }

    @Test
    void feeBecomesServiceLineAndManualDiscountADiscountLine() {
        // capture 14: subtotal 1000, total 900 (discount without a coupon line), a 390 Ft cash-on-delivery fee
        MappedOrder mapped = mapper.map(order("14_order_create_3.json"), GUEST, KNOWN);

        assertThat(mapped.reasons()).isEmpty();
        assertThat(mapped.draft().lines()).containsExactly(
                line(LineKind.PRODUCT, "SKU-r2-1", "Árvíztűrő Tükörfúrógép r2", "1", "1000.00", "27", "1000.00"),
                line(LineKind.DISCOUNT, "KEDVEZMENY", "Kedvezmény", "1", "-100.00", "27", "-100.00"),
                line(LineKind.FEE, "KEZELESI-DIJ", "Utánvét díja", "1", "390.00", "27", "390.00"));
        assertThat(total(mapped.draft())).isEqualByComparingTo("1290");
    }

    @Test
    void couponIsOneDiscountLinePerVatRateAndProductLinesKeepTheirListPrice() {
        MappedOrder mapped = mapper.map(order("coupon_order.json"), GUEST, KNOWN);

        assertThat(mapped.reasons()).isEmpty();
        assertThat(mapped.draft().lines()).containsExactly(
                line(LineKind.PRODUCT, "SKU-r2-1", "Árvíztűrő Tükörfúrógép r2", "2", "2490.00", "27", "4980.00"),
                line(LineKind.PRODUCT, "SKU-r2-A", "Batch A r2", "1", "500.00", "5", "500.00"),
                line(LineKind.DISCOUNT, "KEDVEZMENY", "Kupon: nyar10", "1", "-498.00", "27", "-498.00"),
                line(LineKind.DISCOUNT, "KEDVEZMENY", "Kupon: nyar10", "1", "-50.00", "5", "-50.00"),
                line(LineKind.SHIPPING, "SZALLITAS", "Futárszolgálat", "1", "1490.00", "27", "1490.00"));
        assertThat(total(mapped.draft())).isEqualByComparingTo("6422").isEqualByComparingTo(mapped.draft().shopGrossTotal());
    }

    @Test
    void unknownProductOfCapture42IsImportedForReviewWithAPlaceholderCustomer() {
        // product_id 0, empty name, sku null, empty billing: WooCommerce's answer to an unknown product id
        MappedOrder mapped = mapper.map(order("42_order_create_unknown_product_error.json"),
                new CustomerDraft(null, "", "", "", "", ""), KNOWN);
        CustomerOrderDraft d = mapped.draft();

        assertThat(mapped.reasons()).extracting(ReviewReason::kind)
                .containsExactly(ReviewReason.Kind.DELETED_PRODUCT, ReviewReason.Kind.NO_CUSTOMER_NAME);
        assertThat(d.needsReview()).isTrue();
        assertThat(d.reviewReasons()).containsExactly(
                "A tétel terméke már nem létezik a webáruházban: Ismeretlen termék",
                "A rendelésen nincs vevőnév");
        assertThat(d.lines()).containsExactly(
                line(LineKind.PRODUCT, null, "Ismeretlen termék", "1", "0.00", "27", "0.00"));
        assertThat(d.customer().name()).isEqualTo("Webáruházi vásárló (32. rendelés)");
    }

    @Test
    void productDeletedAfterTheOrderKeepsTheLineNameForReview() {
        // capture 49: order 20 after its product was force-deleted
        MappedOrder mapped = mapper.map(order("49_order_update_line_items_and_meta.json"), GUEST, KNOWN);

        assertThat(mapped.reasons()).containsExactly(
                ReviewReason.of(ReviewReason.Kind.DELETED_PRODUCT, "Batch C r2"));
        assertThat(mapped.draft().lines().get(0).sku()).isNull();
        assertThat(mapped.draft().lines().get(0).lineGross()).isEqualByComparingTo("1950");
    }

    @Test
    void unknownSkuAssumesStandardVatAndNamesTheSku() {
        MappedOrder mapped = mapper.map(order("13_order_create_2.json"), GUEST, OrderLookups.NONE);

        assertThat(mapped.reasons()).containsExactly(
                ReviewReason.of(ReviewReason.Kind.UNKNOWN_SKU, "SKU-r2-C", "Batch C r2", "27"));
        assertThat(mapped.draft().reviewReasons()).containsExactly(
                "Ismeretlen cikkszám: SKU-r2-C (Batch C r2); ÁFA 27% feltételezve");
        assertThat(mapped.draft().lines().get(0)).isEqualTo(
                line(LineKind.PRODUCT, null, "Batch C r2", "3", "650.00", "27", "1950.00"));
    }

    @Test
    void reviewReasonsAreInTheUsersLanguage() {
        MappedOrder mapped = new OrderMapper(DEFAULTS, SOURCE, "HUF", TestOrders.EN)
                .map(order("13_order_create_2.json"), GUEST, OrderLookups.NONE);

        assertThat(mapped.draft().reviewReasons()).containsExactly(
                "Unknown SKU: SKU-r2-C (Batch C r2); VAT 27% assumed");
    }

    @Test
    void lineWithoutSkuIsFoundThroughTheProductSyncBinding() {
        ObjectNode o = json("13_order_create_2.json");
        item(o).putNull("sku");
        OrderLookups lookups = new OrderLookups(TestOrders.products(), Map.of(18L, "SKU-r2-C"));

        MappedOrder mapped = mapper.map(order(o), GUEST, lookups);

        assertThat(mapped.reasons()).isEmpty();
        assertThat(mapped.draft().lines().get(0).sku()).isEqualTo("SKU-r2-C");
    }

    @Test
    void vatOfAnUnknownProductComesFromTheShopsTaxLine() {
        ObjectNode o = json("13_order_create_2.json");
        item(o).put("total_tax", "351.00").put("subtotal_tax", "351.00");
        item(o).putArray("taxes").addObject().put("id", 3).put("total", "351").put("subtotal", "351");
        o.putArray("tax_lines").addObject().put("id", 40).put("rate_code", "HU-AFA18-1").put("rate_id", 3)
                .put("label", "ÁFA 18%").put("rate_percent", 18);
        o.put("total", "2301.00");

        MappedOrder mapped = mapper.map(order(o), GUEST, OrderLookups.NONE);

        assertThat(mapped.draft().lines()).containsExactly(
                line(LineKind.PRODUCT, null, "Batch C r2", "3", "767.00", "18", "2301.00"));
        assertThat(mapped.reasons()).containsExactly(
                ReviewReason.of(ReviewReason.Kind.UNKNOWN_SKU, "SKU-r2-C", "Batch C r2", "18"));
    }

    @Test
    void vatFromTheTaxRatioWhenTheShopNamesNoRate() {
        ObjectNode o = json("14_order_create_3.json");
        ((ObjectNode) o.withArray("fee_lines").get(0)).put("total_tax", "19.50");
        o.put("total", "1309.50");

        MappedOrder mapped = mapper.map(order(o), GUEST, KNOWN);

        OrderLineDraft fee = mapped.draft().lines().get(2);
        assertThat(fee.vatRate()).isEqualByComparingTo("5");
        assertThat(fee.lineGross()).isEqualByComparingTo("409.50");
        assertThat(mapped.reasons()).isEmpty();
    }

    @Test
    void otherCurrencyIsImportedForReviewInItsOwnCurrency() {
        ObjectNode o = json("13_order_create_2.json");
        o.put("currency", "EUR");

        MappedOrder mapped = mapper.map(order(o), GUEST, KNOWN);

        assertThat(mapped.draft().currency()).isEqualTo("EUR");
        assertThat(mapped.reasons()).containsExactly(ReviewReason.of(ReviewReason.Kind.CURRENCY, "EUR", "HUF"));
        assertThat(mapped.draft().reviewReasons()).containsExactly("A rendelés pénzneme EUR, az ERP-é HUF");
    }

    @Test
    void differenceWithinTheToleranceBecomesARoundingLine() {
        ObjectNode o = json("12_order_create_1.json");
        o.put("total", "6970.60");

        MappedOrder mapped = mapper.map(order(o), GUEST, KNOWN);

        assertThat(mapped.reasons()).isEmpty();
        assertThat(mapped.draft().lines()).last().isEqualTo(
                line(LineKind.ROUNDING, "KEREKITES", "Kerekítés", "1", "0.60", "0", "0.60"));
        assertThat(total(mapped.draft())).isEqualByComparingTo("6970.60");
    }

    @Test
    void differenceBeyondTheToleranceIsReviewedNotRounded() {
        ObjectNode o = json("12_order_create_1.json");
        o.put("total", "6975.00");

        MappedOrder mapped = mapper.map(order(o), GUEST, KNOWN);

        assertThat(mapped.draft().lines()).extracting(OrderLineDraft::kind).doesNotContain(LineKind.ROUNDING);
        assertThat(mapped.reasons()).containsExactly(ReviewReason.of(ReviewReason.Kind.TOTAL_MISMATCH,
                "6975.00", "6970.00", "5.00", "HUF"));
        assertThat(mapped.draft().needsReview()).isTrue();
    }

    @Test
    void zeroQuantityIsReviewed() {
        ObjectNode o = json("13_order_create_2.json");
        item(o).put("quantity", 0).put("subtotal", "0.00").put("total", "0.00");
        o.put("total", "0.00");

        MappedOrder mapped = mapper.map(order(o), GUEST, KNOWN);

        assertThat(mapped.reasons()).containsExactly(ReviewReason.of(ReviewReason.Kind.QUANTITY, "Batch C r2", "0"));
        assertThat(mapped.draft().lines().get(0).quantity()).isEqualByComparingTo("0");
    }

    @Test
    void negativeQuantityIsReviewed() {
        ObjectNode o = json("13_order_create_2.json");
        item(o).put("quantity", -1).put("subtotal", "-650.00").put("total", "-650.00");
        o.put("total", "-650.00");

        MappedOrder mapped = mapper.map(order(o), GUEST, KNOWN);

        assertThat(mapped.reasons()).containsExactly(ReviewReason.of(ReviewReason.Kind.QUANTITY, "Batch C r2", "-1"));
        assertThat(mapped.draft().lines().get(0).unitPriceGross()).isEqualByComparingTo("650");
    }

    @Test
    void paymentMethodsAreMappedOrKeptByTheirTitle() {
        ObjectNode bacs = json("13_order_create_2.json").put("payment_method", "bacs");
        ObjectNode other = json("13_order_create_2.json").put("payment_method", "cash_on_pickup")
                .put("payment_method_title", "Készpénz átvételkor");

        assertThat(mapper.map(order(bacs), GUEST, KNOWN).draft().paymentMethod()).isEqualTo("átutalás");
        assertThat(mapper.map(order(other), GUEST, KNOWN).draft().paymentMethod()).isEqualTo("Készpénz átvételkor");
    }

    @Test
    void orderWithoutAnyLineCannotBeImported() {
        ObjectNode o = json("13_order_create_2.json");
        o.putArray("line_items");

        assertThatThrownBy(() -> mapper.map(order(o), GUEST, KNOWN))
                .isInstanceOfSatisfying(UnusableOrderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("failed.noLines"));
    }

    private static ObjectNode item(ObjectNode order) {
        return (ObjectNode) ((ArrayNode) order.get("line_items")).get(0);
    }

    private static OrderLineDraft line(LineKind kind, String sku, String name, String qty, String unit, String vat,
                                       String gross) {
        return new OrderLineDraft(kind, sku, name, new BigDecimal(qty), new BigDecimal(unit), new BigDecimal(vat),
                new BigDecimal(gross));
    }

    private static BigDecimal total(CustomerOrderDraft d) {
        return d.lines().stream().map(OrderLineDraft::lineGross).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
