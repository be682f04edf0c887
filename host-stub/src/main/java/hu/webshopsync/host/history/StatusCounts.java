package hu.webshopsync.host.history;

import hu.webshopsync.api.ItemStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts by status as history, JSON and the bench print them: keyed by the statuses' stable wire names. */
public final class StatusCounts {

    private StatusCounts() {
    }

    /**
     * @param counts counts by status, in display order
     * @return the same counts keyed by wire name, in the same order
     */
    public static Map<String, Integer> byWireName(Map<ItemStatus, Integer> counts) {
        Map<String, Integer> byWireName = new LinkedHashMap<>();
        counts.forEach((status, n) -> byWireName.put(status.wireName(), n));
        return byWireName;
    }
}
