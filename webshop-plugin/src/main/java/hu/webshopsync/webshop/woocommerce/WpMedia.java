package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A WordPress media item, as {@code POST /wp/v2/media} answers.
 *
 * @param id        the media id, used as {@code images: [{"id": N}]}
 * @param sourceUrl where WordPress serves the file
 * @param mimeType  the type WordPress detected
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WpMedia(long id, @JsonProperty("source_url") String sourceUrl, @JsonProperty("mime_type") String mimeType) {
}
