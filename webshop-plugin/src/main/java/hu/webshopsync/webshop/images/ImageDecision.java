package hu.webshopsync.webshop.images;

import hu.webshopsync.api.Binding;
import java.util.Optional;

/**
 * What to do with a product's shop image in this run.
 */
public sealed interface ImageDecision {

    /**
     * The product shows this media item. {@code binding} is set when the media binding must be
     * saved (after an upload, or to refresh the file's stamp).
     *
     * @param mediaId the media id
     * @param binding the media binding to save, if any
     */
    record Use(long mediaId, Optional<Binding> binding) implements ImageDecision {
    }

    /** The ERP product lost its image: the shop's images are removed, the media binding dropped. */
    record Remove() implements ImageDecision {
    }

    /** The product has no image and never had one from us: the shop's images are left alone. */
    record None() implements ImageDecision {
    }

    /**
     * The image cannot be sent now; the shop's images are left alone.
     *
     * @param problem why, for the product's report line; empty when the reason is reported once per
     *                run (no image credentials)
     */
    record Untouched(Optional<ImageProblem> problem) implements ImageDecision {
    }
}
