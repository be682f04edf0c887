package hu.webshopsync.host.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a shop's REST API. The secrets never appear in {@link #toString()}.
 *
 * @param url            the shop's address
 * @param consumerKey    the REST API key
 * @param consumerSecret the REST API secret
 * @param wpUser         the WordPress user for image upload, or empty
 * @param wpAppPassword  that user's application password, or empty
 */
public record ShopAccess(String url, String consumerKey, String consumerSecret, Optional<String> wpUser,
                  Optional<String> wpAppPassword) {

    /**
     * Validates and normalises the address.
     */
    public ShopAccess {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The {@code modules activate webshop} arguments that connect the module to this shop.
     *
     * @param warehouse the warehouse whose stock the shop shows
     * @return the {@code --set} arguments
     */
    List<String> moduleSettings(String warehouse) {
        List<String> args = new ArrayList<>(List.of("--set", "url=" + url, "--set", "consumerKey=" + consumerKey,
                "--set", "consumerSecret=" + consumerSecret, "--set", "warehouse=" + warehouse));
        wpUser.ifPresent(u -> args.addAll(List.of("--set", "wpUser=" + u)));
        wpAppPassword.ifPresent(p -> args.addAll(List.of("--set", "wpApplicationPassword=" + p)));
        return args;
    }

    /**
     * Hides the secrets in a text.
     *
     * @param text a message, e.g. a shop's answer
     * @return the text with each secret as {@code ****}
     */
    String redact(String text) {
        String clean = text.replace(consumerSecret, "****");
        return wpAppPassword.map(p -> clean.replace(p, "****")).orElse(clean);
    }

    @Override
    public String toString() {
        return "ShopAccess[url=" + url + ", consumerKey=" + consumerKey + ", wpUser=" + wpUser.orElse("") + "]";
    }
}
