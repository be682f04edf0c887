package hu.webshopsync.host.shops;

import java.util.stream.Stream;

/** The platforms the end-to-end tests run against, for {@code @MethodSource}. */
public final class ShopPlatforms {

    private ShopPlatforms() {
    }

    /** @return every platform the plugin serves */
    public static Stream<ShopPlatform> all() {
        return Stream.of(wooCommerce(), shoprenter());
    }

    /** @return Shoprenter */
    public static ShopPlatform shoprenter() {
        return new ShoprenterPlatform();
    }

    /** @return WooCommerce */
    public static ShopPlatform wooCommerce() {
        return new WooCommercePlatform();
    }
}
