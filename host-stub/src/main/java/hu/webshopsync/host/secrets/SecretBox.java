package hu.webshopsync.host.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secret values for the database with AES-GCM and opens them again. The sealed form names its
 * scheme ({@value #PREFIX}), so values stored in plain text by an earlier version are told apart and
 * sealed on the next open. The place of a value (module and key) is authenticated with it, so a sealed
 * value copied to another setting does not open.
 */
public final class SecretBox {

    /** Marks a sealed value. */
    public static final String PREFIX = "gcm1:";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Supplier<SecretKey> key;
    private final SecureRandom random = new SecureRandom();

    /**
     * Creates the box.
     *
     * @param key the key, read on first use (commands that touch no secret never create a key file)
     */
    public SecretBox(Supplier<SecretKey> key) {
        this.key = key;
    }

    /**
     * A box over a key file.
     *
     * @param file the key file
     * @return the box
     */
    public static SecretBox of(SecretKeyFile file) {
        return new SecretBox(new Memo<>(file::loadOrCreate));
    }

    /**
     * Whether a stored value is sealed (as opposed to plain text from an earlier version).
     *
     * @param stored the stored value
     * @return true when sealed
     */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /**
     * Seals a value.
     *
     * @param place where the value is stored, e.g. {@code webshop/consumerSecret}
     * @param value the secret
     * @return the sealed text
     */
    public String seal(String place, String value) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, all, 0, IV_BYTES);
            System.arraycopy(sealed, 0, all, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /**
     * Opens a sealed value.
     *
     * @param place  where the value is stored, as given to {@link #seal}
     * @param stored the sealed text
     * @return the secret, or empty when this key does not open it (another key, or a damaged value)
     */
    public Optional<String> open(String place, String stored) {
        if (!isSealed(stored)) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (all.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            return Optional.of(new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /** Reads the key once, on first use. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> source;
        private T value;

        Memo(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = source.get();
            }
            return value;
        }
    }
}
