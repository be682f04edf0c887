package hu.webshopsync.emulator;

import java.util.Comparator;
import java.util.Random;
import java.util.function.ToLongFunction;

/**
 * How MySQL orders rows that tie on the sort key: in no stable order. WooCommerce sorts a listing by
 * {@code orderby} alone (only {@code date} gets {@code ID} as a second key from its REST controller),
 * so rows sharing, say, one {@code date_modified} second come back in a different order on each
 * request, and offset pages overlap and skip rows. Measured on WooCommerce 7.9 + MariaDB: 300 orders
 * created in batches, pages 1–3 by {@code modified} returned 3 duplicates and missed 3 orders.
 *
 * <p>Each listing draws a fresh salt from a generator seeded with the emulator's seed, so a given
 * seed and the same sequence of requests give the same orders, and a client that trusts ties to keep
 * their order loses rows in tests as it would on a real shop.
 */
final class TieOrder {

    private final Random random;

    TieOrder(long seed) {
        // its own generator: adding a listing must not change which requests the fault rules hit
        this.random = new Random(seed ^ 0x7469655FL);
    }

    /**
     * The order of tied rows for one request: a permutation by a salted hash of the row id.
     *
     * @param id the row's id
     * @param <T> the row type
     * @return a comparator that is consistent within the request and differs between requests
     */
    <T> Comparator<T> forRequest(ToLongFunction<T> id) {
        long salt;
        synchronized (random) {
            salt = random.nextLong();
        }
        return Comparator.comparingLong(row -> mix(id.applyAsLong(row) ^ salt));
    }

    // SplitMix64's finaliser: neighbouring ids land far apart
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
