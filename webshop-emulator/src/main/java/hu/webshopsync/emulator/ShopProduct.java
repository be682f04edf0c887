package hu.webshopsync.emulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A product row. Copy-on-write: an instance in {@link ShopState} is never changed again; writers
 * {@link #copy()} it, change the copy and put the copy back under the state's lock. Readers therefore
 * render products without locking.
 */
final class ShopProduct {

    long id;
    String name = "";
    String slug = "";
    String type = "simple";
    String status = "publish";
    boolean featured;
    String catalogVisibility = "visible";
    String description = "";
    String shortDescription = "";
    String sku = "";
    String regularPrice = "";
    String salePrice = "";
    boolean virtual;
    boolean downloadable;
    String taxStatus = "taxable";
    String taxClass = "";
    boolean manageStock;
    Integer stockQuantity;
    String stockStatus = "instock";
    String backorders = "no";
    String weight = "";
    String length = "";
    String width = "";
    String height = "";
    boolean reviewsAllowed = true;
    long parentId;
    String purchaseNote = "";
    int menuOrder;
    int totalSales;
    List<Long> categoryIds = List.of();
    List<ProductImage> images = List.of();
    List<Meta> meta = List.of();
    Instant created;
    Instant modified;
    /** The status before trashing; {@code null} unless {@code status} is {@code trash}. */
    String trashedFrom;
    Instant trashedAt;

    ShopProduct copy() {
        ShopProduct c = new ShopProduct();
        c.id = id;
        c.name = name;
        c.slug = slug;
        c.type = type;
        c.status = status;
        c.featured = featured;
        c.catalogVisibility = catalogVisibility;
        c.description = description;
        c.shortDescription = shortDescription;
        c.sku = sku;
        c.regularPrice = regularPrice;
        c.salePrice = salePrice;
        c.virtual = virtual;
        c.downloadable = downloadable;
        c.taxStatus = taxStatus;
        c.taxClass = taxClass;
        c.manageStock = manageStock;
        c.stockQuantity = stockQuantity;
        c.stockStatus = stockStatus;
        c.backorders = backorders;
        c.weight = weight;
        c.length = length;
        c.width = width;
        c.height = height;
        c.reviewsAllowed = reviewsAllowed;
        c.parentId = parentId;
        c.purchaseNote = purchaseNote;
        c.menuOrder = menuOrder;
        c.totalSales = totalSales;
        c.categoryIds = categoryIds;
        c.images = images;
        c.meta = meta;
        c.created = created;
        c.modified = modified;
        c.trashedFrom = trashedFrom;
        c.trashedAt = trashedAt;
        return c;
    }

    boolean onSale() {
        if (salePrice.isEmpty()) {
            return false;
        }
        BigDecimal sale = Money.parse(salePrice);
        BigDecimal regular = Money.parse(regularPrice);
        return sale != null && (regular == null || sale.compareTo(regular) < 0);
    }

    /** The active price, as WooCommerce's {@code price} field. */
    String price() {
        return onSale() ? salePrice : regularPrice;
    }

    /** With managed stock the status follows the quantity, as WooCommerce recomputes it on save. */
    String effectiveStockStatus() {
        if (!manageStock) {
            return stockStatus;
        }
        int q = stockQuantity == null ? 0 : stockQuantity;
        if (q > 0) {
            return "instock";
        }
        return "no".equals(backorders) ? "outofstock" : "onbackorder";
    }

    List<Long> imageIds() {
        List<Long> ids = new ArrayList<>(images.size());
        for (ProductImage image : images) {
            ids.add(image.mediaId());
        }
        return ids;
    }
}
