package hu.webshopsync.emulator.shoprenter;

import java.util.List;
import java.util.Locale;

/**
 * A seeded order status (OpenCart's, which Shoprenter is built on) with its Hungarian name, and the
 * neutral word the plugin's order port and the snapshot use for it.
 */
record SrStatus(long innerId, String name, String color, String word, boolean takesStock) {

    /**
     * OpenCart's rule: an order in a processing or complete status has taken its stock; leaving those
     * gives it back. Shoprenter does not document its rule (UNVERIFIED); the emulator follows OpenCart's.
     */
    static final List<SrStatus> ALL = List.of(
            new SrStatus(1, "Függőben", "#ff9900", "pending", false),
            new SrStatus(2, "Feldolgozás alatt", "#3366ff", "processing", true),
            new SrStatus(3, "Kiszállítva", "#00cc99", "shipped", true),
            new SrStatus(5, "Teljesítve", "#009900", "completed", true),
            new SrStatus(7, "Törölve", "#999999", "cancelled", false),
            new SrStatus(8, "Elutasítva", "#cc0000", "denied", false),
            new SrStatus(10, "Sikertelen", "#cc3300", "failed", false),
            new SrStatus(11, "Visszatérítve", "#9900cc", "refunded", false));

    static SrStatus byId(Long innerId) {
        for (SrStatus s : ALL) {
            if (innerId != null && s.innerId == innerId) {
                return s;
            }
        }
        return null;
    }

    /** By neutral word, Hungarian name or innerId; {@code null} when none matches. */
    static SrStatus byName(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (SrStatus s : ALL) {
            if (s.word.equals(t) || s.name.toLowerCase(Locale.ROOT).equals(t) || Long.toString(s.innerId).equals(t)) {
                return s;
            }
        }
        return null;
    }
}
