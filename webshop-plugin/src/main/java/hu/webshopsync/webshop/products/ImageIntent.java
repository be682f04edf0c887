package hu.webshopsync.webshop.products;

import com.fasterxml.jackson.annotation.JsonValue;
import hu.webshopsync.webshop.images.ImageDecision;
import java.util.List;

/**
 * What the shop product's image should be, as far as the content hash is concerned. Hashed as its
 * {@link #token()}, the words earlier versions stored ({@code media:<id>}, {@code none},
 * {@code untouched}), so the hashes in the state store stay valid and readable.
 */
sealed interface ImageIntent {

    /** @return the stored form */
    @JsonValue
    String token();

    /**
     * The images a write sends for this intent.
     *
     * @param decision the run's image decision
     * @return the media ids (empty removes the shop's images), or {@code null} to leave them alone
     */
    static List<Long> imageIds(ImageDecision decision) {
        if (decision instanceof ImageDecision.Use use) {
            return List.of(use.mediaId());
        }
        return decision instanceof ImageDecision.Remove ? List.of() : null;
    }

    /**
     * The intent of a run's image decision.
     *
     * @param decision the decision
     * @return the intent
     */
    static ImageIntent of(ImageDecision decision) {
        if (decision instanceof ImageDecision.Use use) {
            return new Show(use.mediaId());
        }
        if (decision instanceof ImageDecision.Remove || decision instanceof ImageDecision.None) {
            return new NoImage();
        }
        return new Untouched();
    }

    /**
     * The product shows this media item.
     *
     * @param mediaId the media id
     */
    record Show(long mediaId) implements ImageIntent {
        @Override
        public String token() {
            return "media:" + mediaId;
        }
    }

    /** The ERP product has no image. */
    record NoImage() implements ImageIntent {
        @Override
        public String token() {
            return "none";
        }
    }

    /** The image is left as the shop has it (not sendable now, or not decided). */
    record Untouched() implements ImageIntent {
        @Override
        public String token() {
            return "untouched";
        }
    }
}
