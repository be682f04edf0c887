package hu.webshopsync.emulator;

/** What a {@link FaultRule} does to a matching request. */
public enum FaultKind {
    /** Answer with {@link FaultRule#status()} and a WordPress-style error body; the request is not performed. */
    STATUS,
    /** Close the connection without any response; the request is not performed. */
    RESET,
    /** Sleep {@link FaultRule#delayMs()} before handling the request normally. */
    DELAY,
    /** Perform the request, then send status 200 with the JSON body cut in half. */
    MALFORMED_JSON,
    /**
     * Perform the request completely (the write is committed), then close the connection without a
     * response: the client sees an I/O error although the shop changed. Makes naive clients duplicate.
     */
    COMMIT_THEN_RESET,
    /**
     * Inside a batch, refuse one item as the shop refuses an item it will not take: the item answers
     * {@link FaultRule#status()} with the platform's error body and is not performed, while the batch
     * answers 200 and its other items run. The rule's route is the item's own, as if it were sent alone
     * ({@code POST /productExtend}); {@link FaultRule#sku()}, when set, picks the item by the SKU in its
     * body. Never applies to a request itself. Honoured by the Shoprenter emulator's {@code POST /batch}.
     */
    REJECT_ITEM;

    /** The lower-case name used in the control endpoint's JSON, e.g. {@code commit_then_reset}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static FaultKind fromJson(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
