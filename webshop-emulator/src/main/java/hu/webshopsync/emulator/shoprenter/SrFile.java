package hu.webshopsync.emulator.shoprenter;

import java.time.Instant;

/**
 * An uploaded file of the shop's file manager: {@code product/AB-001.jpg} and its bytes.
 *
 * @param id the file's number in the snapshot: given at the first upload to its path, kept when replaced
 */
record SrFile(long id, String filePath, String type, byte[] data, String sha256, Instant uploaded) {
}
