package hu.webshopsync.webshop.images;

import hu.webshopsync.webshop.woocommerce.WordPressMediaApi;
import java.util.List;
import java.util.Objects;

/**
 * {@link MediaShop} over WordPress's {@code /wp/v2/media}.
 */
public final class WooMediaShop implements MediaShop {

    private final WordPressMediaApi api;

    /**
     * @param api the media client
     */
    public WooMediaShop(WordPressMediaApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    public long upload(String filename, ImageFile image) {
        return api.upload(image.type().contentType(), filename, image.bytes()).id();
    }

    @Override
    public List<Found> search(String text) {
        return api.search(text).stream()
                .map(m -> new Found(m.id(), m.slug(), m.titleText(), m.sourceUrl()))
                .toList();
    }
}
