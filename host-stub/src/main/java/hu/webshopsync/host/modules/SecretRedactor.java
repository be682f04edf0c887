package hu.webshopsync.host.modules;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The one place that takes credentials out of a text before it is printed, stored or logged: every
 * secret value known to this process (told by the module store whenever it opens or stores one),
 * their URL-encoded forms, {@code Authorization} headers and credential query parameters become
 * {@code ****}. The log's formatter, the CLI, the web console and the run history all use it.
 */
public final class SecretRedactor implements UnaryOperator<String> {

    /** Secrets shorter than this are not searched for: they would blank out ordinary words. */
    private static final int MIN_LENGTH = 4;

    private static final Pattern AUTHORIZATION =
            Pattern.compile("(?i)(authorization\"?\\s*[:=]\\s*\"?)(?:(?:basic|bearer|oauth)\\s+)?[^\\s\",]+");
    private static final String CREDENTIAL_NAMES =
            "(?:oauth_signature|oauth_consumer_key|oauth_nonce|consumer_key|consumer_secret)";
    /** {@code consumer_secret=…} in a URL or form, {@code "consumer_secret":"…"} in JSON. */
    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile(
            "(?i)(" + CREDENTIAL_NAMES + "=\"?|\"" + CREDENTIAL_NAMES + "\"\\s*:\\s*\")[^&\\s\"]+");

    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private volatile List<String> longestFirst = List.of();

    /**
     * A redactor that knows no secret value yet (it masks headers and parameters already).
     */
    public SecretRedactor() {
    }

    /**
     * Adds secret values to mask from now on, with the forms they take in URLs and Basic credentials.
     *
     * @param secrets the values
     */
    public void remember(Collection<String> secrets) {
        boolean added = false;
        for (String secret : secrets) {
            for (String form : List.of(secret, secret.strip(), secret.replace(" ", ""),
                    URLEncoder.encode(secret, StandardCharsets.UTF_8))) {
                if (form.length() >= MIN_LENGTH) {
                    added |= known.add(form);
                }
            }
        }
        if (added) {
            // longer values first, so that one secret containing another is replaced whole
            longestFirst = known.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }
    }

    @Override
    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : longestFirst) {
            result = result.replace(secret, "****");
        }
        result = AUTHORIZATION.matcher(result).replaceAll("$1****");
        return CREDENTIAL_PARAMETER.matcher(result).replaceAll("$1****");
    }
}
