package hu.webshopsync.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Renders a product with the full field set and order of WooCommerce 7.9 (capture 04). The "edit"
 * context (answers to writes) adds {@code permalink_template} and {@code generated_slug} and keeps
 * descriptions raw; the "view" context (GET) runs descriptions through {@link WpAutop}.
 */
final class ProductJson {

    // Runs of fields the emulator never varies, pre-encoded: rendering is the hot path of batch answers.
    // Each starts with ',' and ends with a complete value, so the generator's own commas stay right.
    private static final SerializedString SALE_DATES = raw(",\"date_on_sale_from\":null,\"date_on_sale_from_gmt\":null,"
            + "\"date_on_sale_to\":null,\"date_on_sale_to_gmt\":null");
    private static final SerializedString DOWNLOADS = raw(",\"downloads\":[],\"download_limit\":-1,\"download_expiry\":-1,"
            + "\"external_url\":\"\",\"button_text\":\"\"");
    private static final SerializedString BACKORDER_CONSTANTS = raw(",\"backordered\":false,\"low_stock_amount\":null,"
            + "\"sold_individually\":false");
    private static final SerializedString SHIPPING_CLASS = raw(",\"shipping_class\":\"\",\"shipping_class_id\":0");
    private static final SerializedString RATINGS = raw(",\"rating_count\":0,\"upsell_ids\":[],\"cross_sell_ids\":[]");
    private static final SerializedString TAGS = raw(",\"tags\":[]");
    private static final SerializedString ATTRIBUTES = raw(",\"attributes\":[],\"default_attributes\":[],\"variations\":[],"
            + "\"grouped_products\":[]");
    private static final SerializedString RELATED = raw(",\"related_ids\":[]");
    private static final SerializedString HAS_OPTIONS = raw(",\"has_options\":false");

    private final ShopState state;
    private final ShopSettings settings;

    private static SerializedString raw(String json) {
        return new SerializedString(json);
    }

    ProductJson(ShopState state, ShopSettings settings) {
        this.state = state;
        this.settings = settings;
    }

    void write(JsonGenerator g, ShopProduct p, boolean edit) throws IOException {
        String base = settings.baseUrl();
        boolean trashed = "trash".equals(p.status);
        g.writeStartObject();
        g.writeNumberField("id", p.id);
        g.writeStringField("name", p.name);
        g.writeStringField("slug", p.slug);
        g.writeStringField("permalink", trashed ? base + "/?post_type=product&p=" + p.id : base + "/product/" + p.slug + "/");
        g.writeStringField("date_created", Dates.local(p.created));
        g.writeStringField("date_created_gmt", Dates.gmt(p.created));
        g.writeStringField("date_modified", Dates.local(p.modified));
        g.writeStringField("date_modified_gmt", Dates.gmt(p.modified));
        g.writeStringField("type", p.type);
        g.writeStringField("status", p.status);
        g.writeBooleanField("featured", p.featured);
        g.writeStringField("catalog_visibility", p.catalogVisibility);
        g.writeStringField("description", edit ? p.description : WpAutop.apply(p.description));
        g.writeStringField("short_description", edit ? p.shortDescription : WpAutop.apply(p.shortDescription));
        g.writeStringField("sku", p.sku);
        String price = p.price();
        g.writeStringField("price", price);
        g.writeStringField("regular_price", p.regularPrice);
        g.writeStringField("sale_price", p.salePrice);
        g.writeRaw(SALE_DATES);
        g.writeBooleanField("on_sale", p.onSale());
        g.writeBooleanField("purchasable", !price.isEmpty());
        g.writeNumberField("total_sales", p.totalSales);
        g.writeBooleanField("virtual", p.virtual);
        g.writeBooleanField("downloadable", p.downloadable);
        g.writeRaw(DOWNLOADS);
        g.writeStringField("tax_status", p.taxStatus);
        g.writeStringField("tax_class", p.taxClass);
        g.writeBooleanField("manage_stock", p.manageStock);
        if (p.manageStock && p.stockQuantity != null) {
            g.writeNumberField("stock_quantity", p.stockQuantity);
        } else {
            g.writeNullField("stock_quantity");
        }
        g.writeStringField("backorders", p.backorders);
        g.writeBooleanField("backorders_allowed", !"no".equals(p.backorders));
        g.writeRaw(BACKORDER_CONSTANTS);
        g.writeStringField("weight", p.weight);
        g.writeObjectFieldStart("dimensions");
        g.writeStringField("length", p.length);
        g.writeStringField("width", p.width);
        g.writeStringField("height", p.height);
        g.writeEndObject();
        g.writeBooleanField("shipping_required", !p.virtual);
        g.writeBooleanField("shipping_taxable", !p.virtual && "taxable".equals(p.taxStatus));
        g.writeRaw(SHIPPING_CLASS);
        g.writeBooleanField("reviews_allowed", p.reviewsAllowed);
        g.writeStringField("average_rating", edit ? "0" : "0.00");
        g.writeRaw(RATINGS);
        g.writeNumberField("parent_id", p.parentId);
        g.writeStringField("purchase_note", p.purchaseNote);
        g.writeArrayFieldStart("categories");
        for (Long categoryId : p.categoryIds) {
            ShopCategory c = state.categories.get(categoryId);
            if (c != null) {
                g.writeStartObject();
                g.writeNumberField("id", c.id());
                g.writeStringField("name", c.name());
                g.writeStringField("slug", c.slug());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeRaw(TAGS);
        g.writeArrayFieldStart("images");
        for (ProductImage image : p.images) {
            ShopMedia m = state.media.get(image.mediaId());
            if (m != null) {
                g.writeStartObject();
                g.writeNumberField("id", m.id());
                g.writeStringField("date_created", Dates.local(m.created()));
                g.writeStringField("date_created_gmt", Dates.gmt(m.created()));
                g.writeStringField("date_modified", Dates.local(m.created()));
                g.writeStringField("date_modified_gmt", Dates.gmt(m.created()));
                g.writeStringField("src", MediaLibrary.sourceUrl(settings, m));
                g.writeStringField("name", image.name());
                g.writeStringField("alt", image.alt());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeRaw(ATTRIBUTES);
        g.writeNumberField("menu_order", p.menuOrder);
        g.writeStringField("price_html", priceHtml(p));
        g.writeRaw(RELATED);
        g.writeArrayFieldStart("meta_data");
        for (Meta m : p.meta) {
            writeMeta(g, m);
        }
        g.writeEndArray();
        g.writeStringField("stock_status", p.effectiveStockStatus());
        g.writeRaw(HAS_OPTIONS);
        if (edit) {
            g.writeStringField("permalink_template", base + "/product/%pagename%/");
            g.writeStringField("generated_slug", p.slug.replace("__trashed", ""));
        }
        links(g, settings.restUrl("/wc/v3/products/" + p.id), settings.restUrl("/wc/v3/products"));
        g.writeEndObject();
    }

    static void writeMeta(JsonGenerator g, Meta m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", m.id());
        g.writeStringField("key", m.key());
        g.writeFieldName("value");
        Json.MAPPER.writeTree(g, m.value());
        g.writeEndObject();
    }

    static void emptyArray(JsonGenerator g, String name) throws IOException {
        g.writeArrayFieldStart(name);
        g.writeEndArray();
    }

    static void links(JsonGenerator g, String self, String collection) throws IOException {
        g.writeObjectFieldStart("_links");
        g.writeArrayFieldStart("self");
        g.writeStartObject();
        g.writeStringField("href", self);
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("collection");
        g.writeStartObject();
        g.writeStringField("href", collection);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private String priceHtml(ShopProduct p) {
        if (p.price().isEmpty()) {
            return "";
        }
        if (p.onSale()) {
            return "<del aria-hidden=\"true\">" + amountHtml(p.regularPrice) + "</del> <ins>" + amountHtml(p.salePrice) + "</ins>";
        }
        return amountHtml(p.price());
    }

    private String amountHtml(String amount) {
        return "<span class=\"woocommerce-Price-amount amount\"><bdi><span class=\"woocommerce-Price-currencySymbol\">"
                + settings.currencySymbolHtml() + "</span>" + grouped(Money.parseOrZero(amount)) + "</bdi></span>";
    }

    /** {@code 1990} → {@code 1,990.00}, the store's separators. */
    static String grouped(BigDecimal amount) {
        String plain = amount.setScale(Money.DECIMALS, RoundingMode.HALF_UP).toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = digits.substring(0, dot);
        StringBuilder sb = new StringBuilder(plain.length() + 4);
        if (negative) {
            sb.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return sb.append(digits, dot, digits.length()).toString();
    }
}
