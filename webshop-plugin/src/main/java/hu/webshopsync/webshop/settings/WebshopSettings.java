package hu.webshopsync.webshop.settings;

import static hu.webshopsync.webshop.settings.SettingKeys.*;

import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.VatRate;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code webshop} module's settings, parsed and validated once.
 *
 * @param platform              the shop engine
 * @param url                   the shop's base address without a trailing slash, e.g. {@code https://bolt.example.hu};
 *                              for Shoprenter the API base, e.g. {@code https://bolt.api2.myshoprenter.hu/api}
 * @param consumerKey           the WooCommerce REST consumer key ({@code ck_…}); "" on Shoprenter
 * @param consumerSecret        the WooCommerce REST consumer secret ({@code cs_…}); "" on Shoprenter
 * @param shoprenter            the Shoprenter credentials, present exactly when the platform is Shoprenter
 * @param wpUser                the WordPress user for media uploads, if images should be uploaded
 * @param wpApplicationPassword that user's application password
 * @param warehouse             the warehouse that feeds the shop's stock; empty: stock is not synced
 * @param vatTaxClasses         ERP VAT code (as {@link VatRate#code()}) → WooCommerce tax class ("" = standard)
 * @param imageMaxBytes         larger image files are not uploaded
 * @param allowInsecureHttp     whether plain HTTP to a non-loopback host is allowed
 * @param caFile                a CA certificate (PEM or DER) to trust instead of the JDK's, for self-signed shops
 * @param connectTimeout        TCP/TLS connect timeout
 * @param readTimeout           time to wait for an answer
 * @param parallelRequests      how many batch writes may be in flight at once; when not set, the
 *                              product sync tunes it itself and other syncs use
 *                              {@link #DEFAULT_PARALLEL_REQUESTS}
 * @param raw                   every stored value, for keys this record does not model (order sync)
 */
public record WebshopSettings(ShopPlatform platform, String url, String consumerKey, String consumerSecret,
                              Optional<ShoprenterSettings> shoprenter, Optional<String> wpUser,
                              Optional<String> wpApplicationPassword, Optional<String> warehouse,
                              Map<String, String> vatTaxClasses, long imageMaxBytes, boolean allowInsecureHttp,
                              Optional<Path> caFile, Duration connectTimeout, Duration readTimeout,
                              int parallelRequests, ModuleSettings raw) {

    /** The most requests in flight an owner may set; the tuned product sync stays below it too. */
    public static final int MAX_PARALLEL_REQUESTS = 16;
    /** The requests in flight of the order sync (and the bench's floor) when the owner set none. */
    public static final int DEFAULT_PARALLEL_REQUESTS = 4;

    /**
     * Copies and checks presence.
     */
    public WebshopSettings {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(shoprenter, "shoprenter");
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
        vatTaxClasses = Map.copyOf(vatTaxClasses);
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * Parses and validates the stored settings; absent values take the module's defaults.
     *
     * @param settings the stored settings
     * @return the settings
     * @throws InvalidSettingException naming the first setting that is missing or wrong
     */
    public static WebshopSettings from(ModuleSettings settings) {
        String platformValue = text(settings, PLATFORM).orElse(ShopPlatform.WOOCOMMERCE.value());
        ShopPlatform platform = ShopPlatform.of(platformValue)
                .orElseThrow(() -> new InvalidSettingException(PLATFORM, "error.setting.platform", platformValue));
        URI uri = parseUrl(settings.get(URL).orElseThrow(() -> missing(URL)));
        boolean allowInsecure = settings.flag(ALLOW_INSECURE_HTTP, false);
        if (uri.getScheme().equals("http") && !isLoopback(uri.getHost()) && !allowInsecure) {
            throw new InvalidSettingException(URL, "error.setting.httpsRequired");
        }
        boolean woo = platform == ShopPlatform.WOOCOMMERCE;
        String key = woo ? text(settings, CONSUMER_KEY).orElseThrow(() -> missing(CONSUMER_KEY)).trim() : "";
        String secret = woo ? secret(settings, CONSUMER_SECRET).orElseThrow(() -> missing(CONSUMER_SECRET)).trim() : "";
        Optional<ShoprenterSettings> shoprenter = woo ? Optional.empty() : Optional.of(shoprenter(settings));
        Optional<String> wpUser = text(settings, WP_USER).map(String::trim);
        Optional<String> wpPassword = secret(settings, WP_APPLICATION_PASSWORD);
        Optional<Path> caFile = text(settings, CA_FILE).map(v -> {
            try {
                return Path.of(v.trim());
            } catch (InvalidPathException e) {
                throw new InvalidSettingException(CA_FILE, "error.setting.invalid", v);
            }
        });
        SyncField.of(settings);
        return new WebshopSettings(platform,
                stripTrailingSlashes(uri.toString()), key, secret, shoprenter, wpUser, wpPassword,
                text(settings, WAREHOUSE).map(String::trim),
                parseTaxClasses(text(settings, VAT_TAX_CLASS_MAP).orElse(SettingDefinitions.DEFAULT_VAT_TAX_CLASS_MAP)),
                integer(settings, IMAGE_MAX_BYTES, 1, Long.MAX_VALUE),
                allowInsecure, caFile,
                Duration.ofSeconds(integer(settings, CONNECT_TIMEOUT_SECONDS, 1, 300)),
                Duration.ofSeconds(integer(settings, READ_TIMEOUT_SECONDS, 1, 900)),
                parallelRequestsSet(settings)
                        ? (int) integer(settings, PARALLEL_REQUESTS, 1, MAX_PARALLEL_REQUESTS)
                        : DEFAULT_PARALLEL_REQUESTS,
                settings);
    }

    /**
     * Shoprenter's sign-in: an OAuth client, or the API user and password; a half-given pair names
     * its missing half, none at all names both ways.
     */
    private static ShoprenterSettings shoprenter(ModuleSettings s) {
        Optional<String> user = nonBlank(text(s, API_USER));
        Optional<String> password = nonBlank(secret(s, API_PASSWORD));
        Optional<String> clientId = nonBlank(text(s, CLIENT_ID));
        Optional<String> clientSecret = nonBlank(secret(s, CLIENT_SECRET));
        if (clientId.isPresent() != clientSecret.isPresent()) {
            throw missing(clientId.isPresent() ? CLIENT_SECRET : CLIENT_ID);
        }
        if (clientId.isEmpty()) {
            if (user.isEmpty() && password.isEmpty()) {
                throw new InvalidSettingException(API_USER, "error.setting.shoprenterCredentials");
            }
            if (user.isEmpty() || password.isEmpty()) {
                throw missing(user.isPresent() ? API_PASSWORD : API_USER);
            }
        }
        Optional<URI> tokenUrl = nonBlank(text(s, TOKEN_URL)).map(v -> {
            URI u = parseUrl(v, TOKEN_URL);
            if (u.getScheme().equals("http") && !isLoopback(u.getHost()) && !s.flag(ALLOW_INSECURE_HTTP, false)) {
                throw new InvalidSettingException(TOKEN_URL, "error.setting.httpsRequired");
            }
            return u;
        });
        return new ShoprenterSettings(user, password, clientId, clientSecret, tokenUrl,
                (int) integer(s, REQUESTS_PER_SECOND, 1, 100));
    }

    private static Optional<String> nonBlank(Optional<String> v) {
        return v.map(String::trim).filter(t -> !t.isEmpty());
    }

    /**
     * The fields Termék szinkron writes ({@code syncFields}); validated by {@link #from}.
     *
     * @return the owned fields
     */
    public Set<SyncField> syncFields() {
        return SyncField.of(raw);
    }

    /**
     * Whether the owner set {@code parallelRequests}: the product sync then keeps to it instead of
     * tuning its requests in flight to the shop.
     *
     * @return true when the setting has a value
     */
    public boolean parallelRequestsSet() {
        return parallelRequestsSet(raw);
    }

    private static boolean parallelRequestsSet(ModuleSettings s) {
        return s.get(PARALLEL_REQUESTS).filter(v -> !v.isBlank()).isPresent();
    }

    /** @return the shop's base address as a URI */
    public URI uri() {
        return URI.create(url);
    }

    /** @return whether the shop is addressed over HTTPS */
    public boolean https() {
        return url.startsWith("https:");
    }

    /** @return whether the shop's host is this machine */
    public boolean loopback() {
        return isLoopback(uri().getHost());
    }

    /** @return whether images can be uploaded: a WordPress user and application password are set */
    public boolean hasImageCredentials() {
        return wpUser.isPresent() && wpApplicationPassword.isPresent();
    }

    /**
     * A digest of everything that shapes a connection (secrets included), to tell whether a cached
     * connection still matches. Never shown; a one-way hash, so it leaks nothing.
     *
     * @return the fingerprint
     */
    public String fingerprint() {
        String joined = String.join("\u0000", platform.value(), url, consumerKey, consumerSecret,
                shoprenter.map(ShoprenterSettings::fingerprintText).orElse(""), wpUser.orElse(""),
                wpApplicationPassword.orElse(""), String.valueOf(allowInsecureHttp),
                caFile.map(Path::toString).orElse(""), connectTimeout.toString(), readTimeout.toString(),
                String.valueOf(parallelRequests));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Shows no secret: the consumer key only by its last four characters. */
    @Override
    public String toString() {
        return "WebshopSettings[platform=" + platform.value() + ", url=" + url + ", consumerKey=…" + tail(consumerKey)
                + ", consumerSecret=****" + shoprenter.map(r -> ", shoprenter=" + r).orElse("") + ", wpUser=" + wpUser.orElse("") + ", wpApplicationPassword="
                + (wpApplicationPassword.isPresent() ? "****" : "") + ", warehouse=" + warehouse.orElse("")
                + ", vatTaxClasses=" + vatTaxClasses + ", imageMaxBytes=" + imageMaxBytes + ", allowInsecureHttp="
                + allowInsecureHttp + ", caFile=" + caFile.map(Path::toString).orElse("") + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + ", parallelRequests=" + parallelRequests + "]";
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses: resolving a name here would make validation depend on DNS.
        if (h.matches("[0-9.]+") || h.contains(":")) {
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static URI parseUrl(String value) {
        return parseUrl(value, URL);
    }

    private static URI parseUrl(String value, String key) {
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(key, "error.setting.urlMalformed", value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidSettingException(key, "error.setting.urlMalformed", value);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new InvalidSettingException(key, "error.setting.urlMalformed", value);
        }
        try {
            return new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(),
                    uri.getPath() == null ? "" : uri.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(key, "error.setting.urlMalformed", value);
        }
    }

    private static String stripTrailingSlashes(String s) {
        String out = s;
        while (out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    /** Parses {@code 27=,18=reduced-rate,…}; keys are checked against the ERP's VAT codes. */
    static Map<String, String> parseTaxClasses(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : value.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new InvalidSettingException(VAT_TAX_CLASS_MAP, "error.setting.taxClassEntry", entry.trim());
            }
            String code = entry.substring(0, eq).trim();
            VatRate rate = VatRate.ofCode(code).orElseThrow(
                    () -> new InvalidSettingException(VAT_TAX_CLASS_MAP, "error.setting.taxClassCode", code));
            out.put(rate.code(), entry.substring(eq + 1).trim());
        }
        return out;
    }

    private static Optional<String> text(ModuleSettings s, String key) {
        return s.get(key).or(() -> SettingDefinitions.defaultOf(key));
    }

    /** Secrets live apart; a host that stored one as a plain value is tolerated. */
    private static Optional<String> secret(ModuleSettings s, String key) {
        return s.secret(key).or(() -> s.get(key));
    }

    private static long integer(ModuleSettings s, String key, long min, long max) {
        String v = text(s, key).orElseThrow(() -> missing(key)).trim();
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
                throw new InvalidSettingException(key, "error.setting.outOfRange", v, min, max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(key, "error.setting.notNumber", v);
        }
    }

    private static InvalidSettingException missing(String key) {
        return new InvalidSettingException(key, "error.setting.missing");
    }

    private static String tail(String s) {
        return s.length() <= 4 ? "" : s.substring(s.length() - 4);
    }
}
