package hu.webshopsync.host.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals stored secrets, kept in a file outside the database (so a copied database or a
 * backup of the data folder reveals no secret). Created on first use, readable by its owner only.
 *
 * @param path where the key is
 */
public record SecretKeyFile(Path path) {

    /** The environment variable naming the key file. */
    public static final String ENVIRONMENT_VARIABLE = "WEBSHOP_SYNC_KEY_FILE";

    private static final int KEY_BYTES = 32;

    /**
     * Where the key is when no option names it: {@value #ENVIRONMENT_VARIABLE}, else
     * {@code $XDG_CONFIG_HOME/webshop-sync/secret.key}, else {@code ~/.config/webshop-sync/secret.key}.
     *
     * @param environment the process environment
     * @return the key file
     */
    public static SecretKeyFile locate(Map<String, String> environment) {
        String named = environment.get(ENVIRONMENT_VARIABLE);
        if (named != null && !named.isBlank()) {
            return new SecretKeyFile(Path.of(named));
        }
        String config = environment.get("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config)
                : Path.of(System.getProperty("user.home"), ".config");
        return new SecretKeyFile(base.resolve("webshop-sync").resolve("secret.key"));
    }

    /**
     * Reads the key, creating the file with a new random key when it does not exist yet.
     *
     * @return the AES key
     */
    public SecretKey loadOrCreate() {
        Path file = path.toAbsolutePath().normalize();
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != KEY_BYTES) {
                throw new UncheckedIOException(new IOException("The key file " + file + " is not a key of this program"));
            }
            return new SecretKeySpec(bytes, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        OwnerOnly.createFolder(file.getParent());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(file.getParent(), "secret", ".tmp", OwnerOnly.fileAttributes());
        try {
            Files.write(temp, key);
            // two processes starting at once must end up with one key: a link is never replaced, the first wins
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            // the other process's key is the one both use
        } catch (UnsupportedOperationException e) {
            Files.move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
