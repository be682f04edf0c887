package hu.webshopsync.api;

import java.util.Objects;

/**
 * A row a plugin keeps to tie an ERP item to its counterpart elsewhere: a SKU to a shop product id
 * with the hash of what was last sent, an image to a media id.
 *
 * @param kind        what is bound, chosen by the plugin, e.g. {@code product}, {@code media}
 * @param key         the ERP-side key, e.g. the SKU
 * @param remoteId    the other side's id, e.g. the shop product id
 * @param contentHash a hash of what was last sent, empty when none
 * @param extra       any further text the plugin needs (small), empty when none
 */
public record Binding(String kind, String key, String remoteId, String contentHash, String extra) {

    /**
     * Validates; missing texts become empty.
     */
    public Binding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        remoteId = remoteId == null ? "" : remoteId;
        contentHash = contentHash == null ? "" : contentHash;
        extra = extra == null ? "" : extra;
    }
}
