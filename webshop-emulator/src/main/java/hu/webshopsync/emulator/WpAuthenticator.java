package hu.webshopsync.emulator;

/**
 * WordPress core REST authentication by application password (HTTP Basic with user + application
 * password). WooCommerce consumer keys are not users: they fall through to "not logged in".
 */
final class WpAuthenticator {

    private final Credentials credentials;
    private final boolean basicAllowed;

    WpAuthenticator(Credentials credentials, boolean basicAllowed) {
        this.credentials = credentials;
        this.basicAllowed = basicAllowed;
    }

    WooAuthenticator.Result authenticate(Request request) {
        String[] userPassword = WooAuthenticator.basicCredentials(request);
        // WordPress offers application passwords only over HTTPS.
        if (!basicAllowed || userPassword == null) {
            return WooAuthenticator.Result.ANONYMOUS;
        }
        if (!userPassword[0].equals(credentials.wpUser())) {
            // Consumer keys and unknown users stay anonymous: the route answers rest_cannot_create.
            return WooAuthenticator.Result.ANONYMOUS;
        }
        if (!credentials.wpPasswordMatches(userPassword[1])) {
            return new WooAuthenticator.Result(false, new ApiException(401, "incorrect_password",
                    "The provided password is an invalid application password."));
        }
        return WooAuthenticator.Result.OK;
    }
}
