package hu.webshopsync.emulator.shoprenter;

import java.time.Instant;

/** An uploaded file of the shop's file manager: {@code product/AB-001.jpg} and its bytes. */
record SrFile(String filePath, String type, byte[] data, String sha256, Instant uploaded) {
}
