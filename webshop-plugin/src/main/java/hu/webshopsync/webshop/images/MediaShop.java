package hu.webshopsync.webshop.images;

/**
 * Where images are uploaded. Implemented for WordPress by {@link WooMediaShop}.
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
}
