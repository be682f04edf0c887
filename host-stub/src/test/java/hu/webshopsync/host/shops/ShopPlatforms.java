package hu.webshopsync.host.shops;

import java.util.stream.Stream;

/** The platforms the end-to-end tests run against, for {@code @MethodSource}. */
public final class ShopPlatforms {

    private ShopPlatforms() {
    }

    /** Why a case runs on WooCommerce alone: see {@link ShopPlatform#everyCase()}. */
    public static final String SAME_ENGINE = "the same engine code as on WooCommerce; left out on this platform to keep"
            + " CI time";

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
