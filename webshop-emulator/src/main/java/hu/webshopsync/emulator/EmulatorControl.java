package hu.webshopsync.emulator;

import java.util.List;

/**
 * In-process control of a running {@link ShopEmulator}: the same operations as the HTTP control
 * endpoint under {@code /__emulator/}, plus mutation helpers for tests. Thread-safe.
 */
public interface EmulatorControl {

    /** Fixed delay plus a random delay in {@code [0, jitterMs]} for every following shop request. */
    void setLatency(long fixedMs, long jitterMs);

    /** Replaces all fault rules. */
    void setFaults(List<FaultRule> rules);

    /** Appends one fault rule after the existing ones. */
    void addFault(FaultRule rule);

    /** Removes all fault rules. */
    void resetFaults();

    /** The current fault rules with their remaining {@code times}. */
    List<FaultRule> faults();

    RequestCounters counters();

    void resetCounters();

    /** A consistent copy of all shop data. */
    ShopSnapshot snapshot();

    /**
     * Deletes a product behind the client's back, as a shop admin would.
     *
     * @param force {@code true} deletes for good; {@code false} moves it to the trash
     * @return whether the product existed
     */
    boolean deleteProduct(long id, boolean force);

    /**
     * Deletes a product category behind the client's back; its products lose it (and fall back to
     * "Uncategorized" when left without any).
     *
     * @return whether the category existed and could be deleted
     */
    boolean deleteCategory(long id);

    /** Makes the current consumer key unknown, as if the shop owner revoked it. */
    void revokeCredentials();

    /** Installs a new consumer key and secret (the old one stops working). */
    void setCredentials(String consumerKey, String consumerSecret);

    /**
     * Wipes all shop data, as if the shop's database were reset: ids start again from their initial
     * values. Faults, latency, credentials and counters are left alone.
     */
    void reset();
}
