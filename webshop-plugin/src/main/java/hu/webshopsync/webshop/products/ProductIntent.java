package hu.webshopsync.webshop.products;

import hu.webshopsync.webshop.settings.SyncField;
import java.util.Set;

/**
 * What the ERP wants the shop to show for one product, before shop ids are looked up. Its hash
 * is the product's "what was last sent": the category by path and the image by media id determine
 * the payload completely, and hashing them spares a category lookup for unchanged products.
 *
 * @param sku           the SKU
 * @param name          the name
 * @param regularPrice  the price text
 * @param taxClass      the tax class, or {@code null} to leave the shop's
 * @param description   the description HTML
 * @param category      the category path key, or {@code null} to leave the shop's categories
 * @param stockQuantity the sellable stock, or {@code null} when stock is not synced
 * @param image         what the shop image should be, hashed as its stored token
 * @param status        the product status, {@code publish}
 */
record ProductIntent(String sku, String name, String regularPrice, String taxClass, String description,
                     String category, Long stockQuantity, ImageIntent image, String status) {

    /**
     * The intent with only the fields the ERP owns: the others are {@code null} (not sent) and the
     * image untouched, so the hash covers the owned fields alone. With every field owned it is this
     * intent, and its hash the one earlier versions stored.
     *
     * @param owned the fields the sync writes
     * @return the intent
     */
    ProductIntent owning(Set<SyncField> owned) {
        boolean price = owned.contains(SyncField.PRICE);
        return new ProductIntent(sku, owned.contains(SyncField.NAME) ? name : null, price ? regularPrice : null,
                price ? taxClass : null, owned.contains(SyncField.DESCRIPTION) ? description : null,
                owned.contains(SyncField.CATEGORY) ? category : null,
                owned.contains(SyncField.STOCK) ? stockQuantity : null,
                owned.contains(SyncField.IMAGE) ? image : new ImageIntent.Untouched(), status);
    }
}
