package hu.webshopsync.webshop.shoprenter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.webshop.orders.OrderPage;
import hu.webshopsync.webshop.orders.ShopOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SrOrderReaderTest {

    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");
    private final SrOrderReader reader = new SrOrderReader(BUDAPEST, "_billing_tax_number");

    private ShopOrder read(ObjectNode order) {
        OrderPage.Entry entry = reader.entry(order, 1, 2, "processing");
        assertThat(entry).isInstanceOf(OrderPage.Readable.class);
        return ((OrderPage.Readable) entry).order();
    }

    @Test
    void readsTheDocsListedOrder() {
        ShopOrder order = read(SrOrderFixtures.listedOrder());

        assertThat(order.id()).isEqualTo(12);
        assertThat(order.label()).isEqualTo("12");
        assertThat(order.key()).isEmpty();
        assertThat(order.status()).isEqualTo("processing");
        assertThat(order.stage()).isEqualTo(ShopOrder.Stage.OPEN);
        assertThat(order.currency()).isEqualTo("HUF");
        // "2012-11-26T17:58:43" in Budapest's winter time
        assertThat(order.modified()).isEqualTo(Instant.parse("2012-11-26T16:58:43Z"));
        assertThat(order.placed()).contains(Instant.parse("2012-01-12T11:11:59Z"));
        assertThat(order.total()).isEqualByComparingTo("4038");
        assertThat(order.paymentMethod()).isEqualTo("cod");
        assertThat(order.paymentTitle()).isEqualTo("Cash on delivery");
        assertThat(order.customerNote()).isEqualTo("test order");
        assertThat(order.billing().name()).isEqualTo("testvsz testvsz");
        assertThat(order.billing().email()).isEqualTo("testelek@test.hu");
        assertThat(order.billing().phone()).isEqualTo("+36201234567");
        assertThat(order.billing().country()).isEqualTo("HU");
        assertThat(order.billing().postcode()).isEqualTo("4028");
        assertThat(order.delivery().city()).isEqualTo("Debrecen");
        assertThat(order.delivery().email()).isEmpty();
        ShopOrder.Line line = order.lines().get(0);
        assertThat(line.sku()).isEqualTo("9789639715615");
        // no productInnerId in the docs' line: the number inside its product link ("product-product_id=51")
        assertThat(line.productId()).isEqualTo(51);
        assertThat(line.name()).isEqualTo("Harry Potter és a Főnix Rendje");
        assertThat(line.quantity()).isEqualByComparingTo("1");
        assertThat(line.unitPrice()).contains(new BigDecimal("2400.0000"));
        assertThat(line.vatPercent().orElseThrow()).isEqualByComparingTo("27");
        // no grossPrice in the docs' answer: net × 1.27
        assertThat(line.chargedGross()).isEqualByComparingTo("3048");
        assertThat(line.listGross()).isEqualByComparingTo("3048");
        assertThat(order.shippingCharges()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Home delivery with courier service");
            assertThat(s.gross()).isEqualByComparingTo("990");
            assertThat(s.vatPercent().orElseThrow()).isEqualByComparingTo("25");
        });
        assertThat(order.fees()).isEmpty();
        assertThat(order.couponCodes()).containsExactly("COUPONCODE");
        assertThat(order.attributes()).isEmpty();
        assertThat(order.refunded()).isZero();
    }

    @Test
    void sumsTheWarehousesIntoTheQuantityAndPrefersTheShopsGrossPrice() {
        ObjectNode order = SrOrderFixtures.listedOrder();
        ObjectNode line = (ObjectNode) order.get("orderProducts").get(0);
        line.put("stock1", "2").put("stock2", "1").remove("stock4");
        line.putObject("stock3");
        line.put("grossPrice", "3050.0000").put("productInnerId", "51");

        ShopOrder.Line read = read(order).lines().get(0);

        assertThat(read.quantity()).isEqualByComparingTo("3");
        assertThat(read.chargedGross()).isEqualByComparingTo("9150");
        assertThat(read.productId()).isEqualTo(51);
    }

    @Test
    void aLineAndTheTotalAreInTheCurrencysPlacesAsTheBuyerPaysThem() {
        ObjectNode order = SrOrderFixtures.listedOrder();
        // the ERP's 1015.75 net at 27 %: the shop keeps 1290.0025 a piece and shows 1 290 Ft
        ((ObjectNode) order.get("orderProducts").get(0)).put("price", "1015.7500").put("taxRate", "27.0000")
                .put("stock1", "3");
        order.put("total", "4860.0075");

        ShopOrder huf = read(order);

        assertThat(huf.lines().get(0).chargedGross()).isEqualByComparingTo("3870").hasScaleOf(0);
        assertThat(huf.total()).isEqualByComparingTo("4860").hasScaleOf(0);

        ((ObjectNode) order.get("currency")).put("decimalPlace", "2");
        assertThat(read(order).lines().get(0).chargedGross()).isEqualByComparingTo("3870.01");
        ((ObjectNode) order.get("currency")).remove("decimalPlace");
        assertThat(read(order).total()).as("two places when the shop does not say").isEqualByComparingTo("4860.01");
    }

    @Test
    void aLineWithoutProductIsOneWhoseProductIsGone() {
        ObjectNode order = SrOrderFixtures.listedOrder();
        ((ObjectNode) order.get("orderProducts").get(0)).put("productInnerId", "").putObject("product");

        assertThat(read(order).lines().get(0).productId()).isZero();
    }

    @Test
    void readsEnumsInAnyCaseAndEmptyValuesInEveryForm() {
        ObjectNode order = SrOrderFixtures.listedOrder();
        order.put("paymentMethodCode", "BANK_TRANSFER");
        order.putObject("comment");
        order.putNull("paymentCompany");
        order.put("taxNumber", "12345678-2-42");

        ShopOrder read = read(order);

        assertThat(read.paymentMethod()).isEqualTo("bank_transfer");
        assertThat(read.customerNote()).isEmpty();
        assertThat(read.billing().company()).isEmpty();
        assertThat(read.attributes()).containsEntry("_billing_tax_number", "12345678-2-42")
                .containsEntry("taxNumber", "12345678-2-42");
    }

    @Test
    void booksThePaymentFeeAsAFeeAndSharesACouponOutOverTheLines() {
        ObjectNode order = SrOrderFixtures.listedOrder();
        ArrayNode products = order.putArray("orderProducts");
        products.add(SrOrderFixtures.listedOrder().get("orderProducts").get(0));
        products.add(SrOrderFixtures.listedOrder().get("orderProducts").get(0));
        ArrayNode totals = (ArrayNode) order.get("orderTotals");
        totals.addObject().put("type", "PAYMENT").put("name", "Utánvét díja:").put("value", "500.0000");
        totals.addObject().put("type", "coupon").put("name", "Kupon:").put("value", "-610.0000");

        ShopOrder read = read(order);

        assertThat(read.fees()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Cash on delivery");
            assertThat(f.gross()).isEqualByComparingTo("500");
            assertThat(f.vatPercent().orElseThrow()).isZero();
        });
        assertThat(read.lines()).extracting(ShopOrder.Line::listGross)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("3048"),
                        new BigDecimal("3048"));
        assertThat(read.lines()).extracting(ShopOrder.Line::chargedGross)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("2743"),
                        new BigDecimal("2743"));
    }

    @Test
    void aFreeShippingStaysAndAFeeOfNothingGoes() {
        ObjectNode order = SrOrderFixtures.listedOrder();
        ((ObjectNode) order.get("orderTotals").get(3)).put("value", "0.0000");
        ((ArrayNode) order.get("orderTotals")).addObject().put("type", "PAYMENT").put("value", "0");

        ShopOrder read = read(order);

        assertThat(read.shippingCharges()).singleElement().satisfies(s -> assertThat(s.gross()).isZero());
        assertThat(read.fees()).isEmpty();
    }

    @Test
    void aForeignPartyIsNamedGivenNameFirst() {
        ObjectNode order = SrOrderFixtures.listedOrder();
        order.put("paymentFirstname", "Anna").put("paymentLastname", "Kovács");
        ((ObjectNode) order.get("paymentCountry")).put("isoCode2", "AT");

        assertThat(read(order).billing().name()).isEqualTo("Anna Kovács");
        order.putObject("paymentCountry").put("href", "https://x/countries/abc");
        order.put("paymentCountryName", "Magyarország");
        assertThat(read(order).billing().name()).isEqualTo("Kovács Anna");
    }

    @Test
    void malformedOrdersNameTheirField() {
        ObjectNode noId = SrOrderFixtures.listedOrder();
        noId.putObject("innerId");
        ObjectNode badTotal = SrOrderFixtures.listedOrder();
        badTotal.put("total", "sok");
        ObjectNode badStock = SrOrderFixtures.listedOrder();
        ((ObjectNode) badStock.get("orderProducts").get(0)).put("stock2", "x");
        ObjectNode noDate = SrOrderFixtures.listedOrder();
        noDate.put("dateUpdated", "0000-00-00 00:00:00");
        ObjectNode noTotal = SrOrderFixtures.listedOrder();
        noTotal.putNull("total");

        assertThat(reader.entry(noId, 3, 2, "processing")).isEqualTo(
                new OrderPage.Malformed("?3", "innerId", Optional.of(Instant.parse("2012-11-26T16:58:43Z")),
                        Optional.empty()));
        assertThat(reader.entry(badTotal, 1, 2, "processing")).isInstanceOfSatisfying(OrderPage.Malformed.class,
                m -> {
                    assertThat(m.field()).isEqualTo("total");
                    assertThat(m.id()).contains(12L);
                    assertThat(m.label()).isEqualTo("12");
                });
        assertThat(((OrderPage.Malformed) reader.entry(badStock, 1, 2, "processing")).field())
                .isEqualTo("orderProducts[0].stock2");
        assertThat(((OrderPage.Malformed) reader.entry(noDate, 1, 2, "processing")).field()).isEqualTo("dateUpdated");
        assertThat(((OrderPage.Malformed) reader.entry(noTotal, 1, 2, "processing")).field()).isEqualTo("total");
    }

    @Test
    void aClosedStatusHasItsStage() {
        OrderPage.Entry entry = reader.entry(SrOrderFixtures.listedOrder(), 1, 7, "cancelled");

        assertThat(((OrderPage.Readable) entry).order().stage()).isEqualTo(ShopOrder.Stage.CANCELLED);
        assertThat(((OrderPage.Readable) reader.entry(SrOrderFixtures.listedOrder(), 1, 11, "refunded")).order()
                .stage()).isEqualTo(ShopOrder.Stage.REFUNDED);
    }
}
