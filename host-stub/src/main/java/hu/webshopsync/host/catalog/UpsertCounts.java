package hu.webshopsync.host.catalog;

/**
 * What an upsert did.
 *
 * @param created   products inserted
 * @param updated   products that changed
 * @param unchanged products that were the same already
 */
public record UpsertCounts(int created, int updated, int unchanged) {

    /** Nothing done yet. */
    public static final UpsertCounts NONE = new UpsertCounts(0, 0, 0);

    /**
     * Adds two counts.
     *
     * @param other the other counts
     * @return the sum
     */
    public UpsertCounts plus(UpsertCounts other) {
        return new UpsertCounts(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
}
