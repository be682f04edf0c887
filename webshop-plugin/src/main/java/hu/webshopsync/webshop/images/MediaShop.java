package hu.webshopsync.webshop.images;

import java.util.List;

/**
 * Where images are uploaded. The WordPress adapter lives in the {@code woocommerce} package. An
 * error answer is thrown as {@link MediaRefusedException}, no answer as
 * {@link hu.webshopsync.webshop.shop.ShopUnreachableException}.
 */
public interface MediaShop {

    /**
     * Uploads an image as a new media item.
     *
     * @param filename a plain ASCII file name
     * @param image    the image
     * @return the media id, for {@code images: [{"id": N}]}
     */
    long upload(String filename, ImageFile image);

    /**
     * The images whose title, slug or file name contains the text.
     *
     * @param text the text, e.g. the content token of a {@link MediaName}
     * @return the media items found, oldest first
     */
    List<Found> search(String text);

    /**
     * A media item found by {@link #search}.
     *
     * @param id        the media id
     * @param slug      its slug
     * @param title     its title
     * @param sourceUrl where it is served
     */
    record Found(long id, String slug, String title, String sourceUrl) {
    }
}
