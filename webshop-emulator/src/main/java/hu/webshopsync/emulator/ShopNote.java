package hu.webshopsync.emulator;

import java.time.Instant;

/** An order note (a WordPress comment on the order). */
record ShopNote(long id, long orderId, String author, Instant created, String note, boolean customerNote) {
}
