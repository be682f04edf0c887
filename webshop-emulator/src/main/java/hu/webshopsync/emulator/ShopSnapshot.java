package hu.webshopsync.emulator;

import java.util.List;
import java.util.Map;

/**
 * A consistent copy of the shop's data for assertions. Dates are UTC in WooCommerce's format
 * ({@code 2026-11-27T22:47:57}), like the API's {@code *_gmt} fields.
 *
 * @param productsBySku products that have a SKU, trashed ones included
 * @param products      every product (with or without SKU), by id
 * @param categories    every product category, by id
 * @param orders        every order, by id
 * @param media         every uploaded media item, by id
 * @param notesByOrder  order notes by order id, oldest first
 */
public record ShopSnapshot(Map<String, Product> productsBySku, List<Product> products, List<Category> categories,
                           List<Order> orders, List<Media> media, Map<Long, List<Note>> notesByOrder) {

    public ShopSnapshot {
        productsBySku = Map.copyOf(productsBySku);
        products = List.copyOf(products);
        categories = List.copyOf(categories);
        orders = List.copyOf(orders);
        media = List.copyOf(media);
        notesByOrder = Map.copyOf(notesByOrder);
    }

    /** A category of a product: id and name. */
    public record CategoryRef(long id, String name) {
    }

    /** A product as stored; {@code stockQuantity} is {@code null} when stock is not managed. */
    public record Product(long id, String sku, String name, String regularPrice, String salePrice, String status,
                          String description, List<CategoryRef> categories, Integer stockQuantity,
                          boolean manageStock, String taxClass, List<Long> imageMediaIds, String dateModifiedGmt) {
    }

    public record Category(long id, String name, String slug, long parent, String description) {
    }

    /** An order line; {@code metaData} holds e.g. {@code _reduced_stock}, the stock the line took. */
    public record OrderLine(long id, long productId, String sku, String name, int quantity, String subtotal,
                            String total, Map<String, String> metaData) {
    }

    /** An order; {@code refunds} newest first, as the order's JSON lists them. */
    public record Order(long id, String status, String currency, String total, String totalTax,
                        String billingEmail, String paymentMethod, List<OrderLine> lineItems,
                        Map<String, String> metaData, String dateCreatedGmt, String dateModifiedGmt,
                        List<Refund> refunds) {
    }

    /** A refund of an order: {@code amount} positive, with 2 decimals. */
    public record Refund(long id, String amount, String reason, String dateCreatedGmt) {
    }

    public record Media(long id, String filename, String mimeType, long size, String sha256, String sourceUrl) {
    }

    public record Note(long id, String note, boolean customerNote, String author, String dateCreatedGmt) {
    }
}
