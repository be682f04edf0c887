package hu.webshopsync.emulator;

/** The shop's one REST key and WordPress user; replaceable at run time (revocation, rotation). */
final class Credentials {

    /** A consumer key/secret pair; {@code key == null} means no key exists. */
    record Key(String key, String secret) {
    }

    private volatile Key key;
    private final String wpUser;
    private final String wpAppPassword;

    Credentials(String consumerKey, String consumerSecret, String wpUser, String wpAppPassword) {
        this.key = new Key(consumerKey, consumerSecret);
        this.wpUser = wpUser;
        this.wpAppPassword = wpAppPassword;
    }

    Key key() {
        return key;
    }

    void set(String consumerKey, String consumerSecret) {
        key = new Key(consumerKey, consumerSecret);
    }

    void revoke() {
        key = new Key(null, null);
    }

    String wpUser() {
        return wpUser;
    }

    /** WordPress ignores the spaces it shows in application passwords. */
    boolean wpPasswordMatches(String candidate) {
        return constantTimeEquals(wpAppPassword.replace(" ", ""), candidate.replace(" ", ""));
    }

    static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
