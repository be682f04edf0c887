package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.webshop.images.ImageFile;
import hu.webshopsync.webshop.images.MediaRefusedException;
import hu.webshopsync.webshop.images.MediaShop;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link MediaShop} over WordPress's {@code /wp/v2/media}; its error answers become
 * {@link MediaRefusedException}.
 */
final class WooMediaShop implements MediaShop {

    private final WordPressMediaApi api;

    /**
     * @param api the media client
     */
    public WooMediaShop(WordPressMediaApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    public long upload(String filename, ImageFile image) {
        return translated(() -> api.upload(image.type().contentType(), filename, image.bytes()).id());
    }

    @Override
    public List<Found> search(String text) {
        return translated(() -> api.search(text).stream()
                .map(m -> new Found(m.id(), m.slug(), m.titleText(), m.sourceUrl()))
                .toList());
    }

    private static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (WooCommerceException e) {
            throw new MediaRefusedException(e, e.status(), e.code(), e.shopMessage());
        }
    }
}
