package hu.webshopsync.host.secrets;

/**
 * What a secret value may be: credentials are short printable texts, so anything longer or holding
 * control characters is a paste gone wrong, refused before it reaches the database (whose error
 * would quote it).
 */
public final class SecretValues {

    /** The longest secret accepted; WooCommerce keys have 43 characters, application passwords 29. */
    public static final int MAX_LENGTH = 512;

    private SecretValues() {
    }

    /**
     * Whether a value may be stored as a secret.
     *
     * @param value the value
     * @return true when at most {@value #MAX_LENGTH} characters, none of them a control character
     */
    public static boolean acceptable(String value) {
        return value.length() <= MAX_LENGTH && value.codePoints().noneMatch(Character::isISOControl);
    }
}
