package hu.webshopsync.emulator;

/** A product's reference to a media item, with the per-product name and alt text. */
record ProductImage(long mediaId, String name, String alt) {
}
