package hu.webshopsync.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a customer order is in its life. An order starts {@link #OPEN} and ends either
 * {@link #FULFILLED} or {@link #CANCELLED}; neither end state changes again.
 */
public enum CustomerOrderState {

    /** To deliver (kiszállítandó): its product lines reserve stock in its warehouse. */
    OPEN("open"),

    /** Fulfilled (teljesítve): delivered or invoiced; its stock was consumed. */
    FULFILLED("fulfilled"),

    /** Cancelled (sztornózva): its stock reservation was released. */
    CANCELLED("cancelled");

    private final String wireName;

    CustomerOrderState(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The state's name in stored data and in JSON, e.g. {@code open}; never changes between versions.
     *
     * @return the lower-case wire name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The state with the given wire name.
     *
     * @param wireName a wire name such as {@code fulfilled}
     * @return the state
     * @throws IllegalArgumentException when no state has that name; the message names the word and
     *                                  the known ones
     */
    public static CustomerOrderState fromWire(String wireName) {
        for (CustomerOrderState state : values()) {
            if (state.wireName.equals(wireName)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown customer order state \"" + wireName + "\" (known: "
                + Arrays.stream(values()).map(CustomerOrderState::wireName).collect(Collectors.joining(", ")) + ")");
    }
}
