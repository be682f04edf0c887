package hu.webshopsync.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CustomerOrderStateTest {

    @Test
    void everyStateIsReadBackFromItsWireName() {
        for (CustomerOrderState state : CustomerOrderState.values()) {
            assertThat(CustomerOrderState.fromWire(state.wireName())).isSameAs(state);
        }
        assertThat(CustomerOrderState.OPEN.wireName()).isEqualTo("open");
        assertThat(CustomerOrderState.FULFILLED.wireName()).isEqualTo("fulfilled");
        assertThat(CustomerOrderState.CANCELLED.wireName()).isEqualTo("cancelled");
    }

    @Test
    void anUnknownWordIsRefusedByName() {
        assertThatThrownBy(() -> CustomerOrderState.fromWire("TO_DELIVER"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"TO_DELIVER\"")
                .hasMessageContaining("open, fulfilled, cancelled");
        assertThatThrownBy(() -> CustomerOrderState.fromWire(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
