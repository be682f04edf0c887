package hu.webshopsync.emulator.shoprenter;

import hu.webshopsync.emulator.EmulatorControl;

/**
 * The Shoprenter emulator's control: {@link EmulatorControl} with ids meaning innerIds (the numbers the
 * shop admin shows), plus what only Shoprenter has. Obtain it by casting
 * {@code ShopEmulator.control()} of a Shoprenter emulator.
 *
 * <p>Status words of {@link #setOrderStatus} and of the snapshot: {@code pending} (1 Függőben),
 * {@code processing} (2 Feldolgozás alatt), {@code shipped} (3 Kiszállítva), {@code completed}
 * (5 Teljesítve), {@code cancelled} (7 Törölve), {@code denied} (8 Elutasítva), {@code failed}
 * (10 Sikertelen), {@code refunded} (11 Visszatérítve); a Hungarian name or an innerId works too.
 */
public interface ShoprenterControl extends EmulatorControl {

    /**
     * Places an order through the same code as the API, the documented way (ex/09): POST /orders with the
     * status, POST /orderProducts per line, POST /orderTotals, PUT the order's total.
     *
     * @return the order's innerId
     * @throws IllegalArgumentException naming the order's e-mail and the shop's error when refused
     */
    long placeOrder(ShoprenterOrder order);

    /** The API id of the product with this innerId, or {@code null}. */
    String productApiId(long innerId);
}
