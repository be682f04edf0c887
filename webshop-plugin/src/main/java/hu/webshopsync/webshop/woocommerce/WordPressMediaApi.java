package hu.webshopsync.webshop.woocommerce;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.List;

/**
 * WordPress media ({@code /wp-json/wp/v2/media}), authenticated with a WordPress user and
 * application password; WooCommerce keys are not accepted here (capture 53). Obtain through
 * {@link ShopConnection#media()}.
 */
interface WordPressMediaApi {

    /**
     * Uploads a file as a new media item.
     *
     * @param contentType the file's type, {@code image/jpeg} or {@code image/png}
     * @param filename    a plain ASCII file name
     * @param bytes       the file's content
     * @return the media item
     */
    @RequestLine("POST /media")
    @Headers({"Content-Type: {contentType}", "Content-Disposition: attachment; filename=\"{filename}\""})
    WpMedia upload(@Param("contentType") String contentType, @Param("filename") String filename, byte[] bytes);

    /**
     * Images whose title, description, caption or file name contains the text (WordPress's
     * {@code search}), oldest first, at most 100.
     *
     * @param text the text to look for
     * @return the media items found
     */
    @RequestLine("GET /media?search={text}&media_type=image&per_page=100&orderby=id&order=asc")
    List<WpMedia> search(@Param("text") String text);
}
