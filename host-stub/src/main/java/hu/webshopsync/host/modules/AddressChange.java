package hu.webshopsync.host.modules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether a module's address moved to another machine, and which stored secrets may then not
 * follow it. A secret was given for one host; sending it to another one the user typed (or
 * mistyped) would hand it to whoever runs that host, so after such a move every stored secret must
 * be entered again (or removed with an empty value).
 *
 * <p>A plain setting whose stored and new values are both absolute {@code http(s)} addresses is an
 * address; it moved when its host name or its port as written differs. The scheme alone does not
 * count: {@code http://bolt.hu} → {@code https://bolt.hu} is the same machine, now safer.
 */
final class AddressChange {

    private AddressChange() {
    }

    /**
     * The secrets that must be entered again because an address moved.
     *
     * @param storedValues  the plain values stored before
     * @param newValues     the plain values after merging what was given
     * @param storedSecrets the secrets stored before
     * @param given         what the user gave now (a secret given, even empty, is dealt with)
     * @return the moved address's key and the secret keys still to give, or empty when none
     */
    static Optional<Moved> secretsToReenter(Map<String, String> storedValues, Map<String, String> newValues,
                                            Map<String, String> storedSecrets, Map<String, String> given) {
        List<String> movedKeys = new ArrayList<>();
        for (Map.Entry<String, String> stored : new TreeMap<>(storedValues).entrySet()) {
            Optional<String> before = machine(stored.getValue());
            Optional<String> after = machine(newValues.get(stored.getKey()));
            if (before.isPresent() && after.isPresent() && !before.equals(after)) {
                movedKeys.add(stored.getKey());
            }
        }
        if (movedKeys.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<String> missing = new TreeSet<>(storedSecrets.keySet());
        missing.removeAll(given.keySet());
        return missing.isEmpty() ? Optional.empty() : Optional.of(new Moved(movedKeys.get(0), List.copyOf(missing)));
    }

    /**
     * An address that moved with the secrets still to be given.
     *
     * @param key     the address setting
     * @param secrets the secret settings to give again
     */
    record Moved(String key, List<String> secrets) {
    }

    private static Optional<String> machine(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
