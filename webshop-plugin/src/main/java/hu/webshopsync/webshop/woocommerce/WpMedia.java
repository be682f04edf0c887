package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A WordPress media item, as {@code POST /wp/v2/media} and {@code GET /wp/v2/media} answer.
 *
 * @param id        the media id, used as {@code images: [{"id": N}]}
 * @param sourceUrl where WordPress serves the file
 * @param mimeType  the type WordPress detected
 * @param slug      the post name WordPress derived from the file name, e.g. {@code red-2}
 * @param title     the title WordPress derived from the file name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WpMedia(long id, @JsonProperty("source_url") String sourceUrl, @JsonProperty("mime_type") String mimeType,
                      String slug, Title title) {

    /**
     * A media item's title.
     *
     * @param rendered the title as shown (HTML-escaped)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Title(String rendered) {
    }

    /** @return the shown title, or an empty text when the answer had none */
    public String titleText() {
        return title == null || title.rendered() == null ? "" : title.rendered();
    }
}
