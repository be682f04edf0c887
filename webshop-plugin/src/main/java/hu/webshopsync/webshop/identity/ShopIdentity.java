package hu.webshopsync.webshop.identity;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Which shop the plugin works with, as remembered in its state: the source id under which this
 * shop's orders are in the ERP (and which prefixes the order cursor, order keys and pending notes),
 * and the address it was last verified at. The source id is given once, when the shop is first
 * seen ({@link #addressId}), and stays when the
 * shop moves to another address.
 *
 * @param sourceId the shop's source id, e.g. {@code woocommerce:bolt.example.hu}
 * @param url      the address the shop was last verified at
 */
public record ShopIdentity(String sourceId, String url) {

    /**
     * Validates.
     */
    public ShopIdentity {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(url, "url");
        if (sourceId.isBlank() || sourceId.contains("\n") || url.contains("\n")) {
            throw new IllegalArgumentException("sourceId and url must be one non-blank line");
        }
    }

    /**
     * The source id an address gives a shop seen there for the first time: {@code woocommerce:} +
     * host[:port] + path, without the scheme. Installs from before the shop's identity was
     * remembered used exactly this for their orders, so their ERP orders need no rewriting.
     *
     * @param uri the shop's address
     * @return e.g. {@code woocommerce:bolt.example.hu}
     */
    public static String addressId(URI uri) {
        return addressId("woocommerce", uri);
    }

    /**
     * The source id an address of a given platform gives a shop seen there for the first time.
     *
     * @param platform the shop engine, e.g. {@code shoprenter}
     * @param uri      the shop's address
     * @return e.g. {@code shoprenter:bolt.api2.myshoprenter.hu/api}
     */
    public static String addressId(String platform, URI uri) {
        return platform + ":" + hostOf(uri) + (uri.getPath() == null ? "" : uri.getPath());
    }

    /**
     * @param uri the shop's address
     * @return its host[:port] in lower case, for messages
     */
    public static String hostOf(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
