package hu.webshopsync.webshop.images;

import java.util.List;

/**
 * Why a product's image is not sent; the product itself still syncs and its shop image stays as
 * it is.
 *
 * @param messageKey the explanation in the plugin's bundle
 * @param args       its arguments
 */
public record ImageProblem(String messageKey, List<Object> args) {

    /**
     * Copies.
     */
    public ImageProblem {
        args = List.copyOf(args);
    }

    static ImageProblem of(String messageKey, Object... args) {
        return new ImageProblem(messageKey, List.of(args));
    }
}
