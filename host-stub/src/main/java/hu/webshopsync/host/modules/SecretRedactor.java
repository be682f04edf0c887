package hu.webshopsync.host.modules;

import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Replaces every stored secret value in a text by {@code ****}: a last line of defence for texts
 * that come from plugins (results, progress, exception messages) before the host prints or stores them.
 */
public final class SecretRedactor implements UnaryOperator<String> {

    /** Secrets shorter than this are not searched for: they would blank out ordinary words. */
    private static final int MIN_LENGTH = 4;

    private final List<String> secrets;

    private SecretRedactor(List<String> secrets) {
        this.secrets = secrets;
    }

    /**
     * A redactor for the secrets stored now; longer secrets first, so that one secret containing
     * another is replaced whole.
     *
     * @param store the stored modules
     * @return the redactor
     */
    public static SecretRedactor of(ModuleStore store) {
        return new SecretRedactor(store.allSecretValues().stream()
                .filter(s -> s.length() >= MIN_LENGTH)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList());
    }

    @Override
    public String apply(String text) {
        if (text == null || text.isEmpty() || secrets.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "****");
        }
        return result;
    }
}
