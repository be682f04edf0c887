package hu.webshopsync.webshop.settings;

import hu.webshopsync.webshop.text.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.webshopsync.api.ModuleSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebshopSettingsTest {

    private final Messages messages = new Messages(Messages.BASE_NAME, getClass().getClassLoader());

    private static ModuleSettings settings(Map<String, String> values) {
        Map<String, String> plain = new HashMap<>(Map.of("url", "https://Bolt.Example.hu/", "consumerKey", "ck_abcdef123456"));
        plain.putAll(values);
        plain.values().removeIf(String::isEmpty);
        return new ModuleSettings(plain, Map.of("consumerSecret", "cs_topsecret", "wpApplicationPassword", "abcd efgh"));
    }

    @Test
    void parsesWithDefaultsAndNormalisesTheUrl() {
        WebshopSettings s = WebshopSettings.from(settings(Map.of()));

        assertThat(s.url()).isEqualTo("https://bolt.example.hu");
        assertThat(s.consumerSecret()).isEqualTo("cs_topsecret");
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.imageMaxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(s.vatTaxClasses()).containsEntry("27", "").containsEntry("18", "reduced-rate");
        assertThat(s.warehouse()).isEmpty();
        assertThat(s.hasImageCredentials()).isFalse();
    }

    @Test
    void parallelRequestsLeftEmptyLetTheProductSyncTuneItselfAndSetOnesAreKeptUpTo16() {
        WebshopSettings unset = WebshopSettings.from(settings(Map.of()));
        WebshopSettings set = WebshopSettings.from(settings(Map.of("parallelRequests", "16")));

        assertThat(unset.parallelRequestsSet()).isFalse();
        assertThat(unset.parallelRequests()).isEqualTo(WebshopSettings.DEFAULT_PARALLEL_REQUESTS);
        assertThat(set.parallelRequestsSet()).isTrue();
        assertThat(set.parallelRequests()).isEqualTo(16);
        assertThatThrownBy(() -> WebshopSettings.from(settings(Map.of("parallelRequests", "17"))))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("parallelRequests"));
    }

    @Test
    void toStringNeverShowsSecrets() {
        WebshopSettings s = WebshopSettings.from(settings(Map.of("wpUser", "admin")));

        assertThat(s.toString()).doesNotContain("cs_topsecret").doesNotContain("abcd efgh")
                .doesNotContain("ck_abcdef123456").contains("…3456");
    }

    @Test
    void plainHttpOnlyForThisMachineUnlessAllowed() {
        assertThat(WebshopSettings.from(settings(Map.of("url", "http://127.0.0.1:8080"))).https()).isFalse();
        assertThat(WebshopSettings.from(settings(Map.of("url", "http://localhost:8080/shop"))).loopback()).isTrue();
        assertThatThrownBy(() -> WebshopSettings.from(settings(Map.of("url", "http://bolt.example.hu"))))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.setting()).isEqualTo("url");
                    assertThat(e.localizedMessage(messages, Locale.forLanguageTag("hu"))).contains("Webáruház címe")
                            .contains("HTTPS");
                });
        assertThat(WebshopSettings.from(settings(Map.of("url", "http://bolt.example.hu", "allowInsecureHttp", "true")))
                .url()).isEqualTo("http://bolt.example.hu");
    }

    @Test
    void syncFieldsDefaultToEveryFieldAndNameAnUnknownOneInBothLanguages() {
        assertThat(WebshopSettings.from(settings(Map.of())).syncFields()).containsExactlyInAnyOrder(SyncField.values());
        assertThat(WebshopSettings.from(settings(Map.of("syncFields", " Price, stock "))).syncFields())
                .containsExactlyInAnyOrder(SyncField.PRICE, SyncField.STOCK);

        Messages m = new Messages(Messages.BASE_NAME, getClass().getClassLoader());
        assertThatThrownBy(() -> WebshopSettings.from(settings(Map.of("syncFields", "price,ár"))))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.setting()).isEqualTo("syncFields");
                    assertThat(e.localizedMessage(m, Locale.forLanguageTag("hu"))).isEqualTo(
                            "Szinkronizált mezők (syncFields): ismeretlen mező: „ár”. Lehetséges mezők: "
                                    + "name, price, description, image, category, stock.");
                    assertThat(e.localizedMessage(m, Locale.ENGLISH)).startsWith(
                            "Synced fields (syncFields): unknown field: \"ár\".");
                });
    }

    @Test
    void errorsNameTheSetting() {
        assertThatThrownBy(() -> WebshopSettings.from(settings(Map.of("url", "bolt.example.hu"))))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo("url"));
        assertThatThrownBy(() -> WebshopSettings.from(settings(Map.of("consumerKey", ""))))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.localizedMessage(messages, Locale.ENGLISH)).isEqualTo(
                                "Setting missing: API consumer key (consumerKey)."));
        assertThatThrownBy(() -> WebshopSettings.from(settings(Map.of("readTimeoutSeconds", "abc"))))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("readTimeoutSeconds"));
        // the console shows the label, the command line user types the key: both are named
        assertThatThrownBy(() -> WebshopSettings.from(settings(Map.of("url", "http://bolt.example.hu"))))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.localizedMessage(messages, new Locale("hu"))).contains("„Webáruház címe (url)”")
                                .contains("(allowInsecureHttp=true)"));
        assertThatThrownBy(() -> WebshopSettings.from(settings(Map.of("vatTaxClassMap", "27=,99=x"))))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.localizedMessage(messages, Locale.ENGLISH)).contains("99"));
        assertThatThrownBy(() -> WebshopSettings.from(new ModuleSettings(
                Map.of("url", "https://x.hu", "consumerKey", "ck"), Map.of())))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("consumerSecret"));
    }

    @Test
    void fingerprintChangesWithAnyConnectionSetting() {
        String base = WebshopSettings.from(settings(Map.of())).fingerprint();

        assertThat(WebshopSettings.from(settings(Map.of())).fingerprint()).isEqualTo(base);
        assertThat(WebshopSettings.from(settings(Map.of("readTimeoutSeconds", "61"))).fingerprint()).isNotEqualTo(base);
        assertThat(WebshopSettings.from(settings(Map.of("consumerKey", "ck_other"))).fingerprint()).isNotEqualTo(base);
        assertThat(base).doesNotContain("cs_topsecret");
    }

    @Test
    void everyDefinitionHasLabelsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("hu"), Locale.ENGLISH, Locale.GERMAN}) {
            assertThat(SettingDefinitions.all(messages, locale))
                    .allSatisfy(d -> assertThat(d.label()).doesNotStartWith("setting."));
        }
        assertThat(SettingDefinitions.all(messages, Locale.ENGLISH)).filteredOn(d -> d.secret())
                .extracting(d -> d.key()).containsExactlyInAnyOrder("consumerSecret", "wpApplicationPassword",
                        "apiPassword", "clientSecret");
    }

    private static ModuleSettings shoprenter(Map<String, String> values, Map<String, String> secrets) {
        Map<String, String> plain = new HashMap<>(Map.of("platform", "shoprenter",
                "url", "https://Bolt.api2.myshoprenter.hu/api/"));
        plain.putAll(values);
        plain.values().removeIf(String::isEmpty);
        return new ModuleSettings(plain, secrets);
    }

    @Test
    void shoprenterNeedsItsOwnCredentialsAndNoConsumerKey() {
        WebshopSettings basic = WebshopSettings.from(shoprenter(Map.of("apiUser", "erp"), Map.of("apiPassword", "pw1")));
        WebshopSettings oauth = WebshopSettings.from(shoprenter(Map.of("clientId", "app"),
                Map.of("clientSecret", "cs-secret")));

        assertThat(basic.platform()).isEqualTo(ShopPlatform.SHOPRENTER);
        assertThat(basic.url()).isEqualTo("https://bolt.api2.myshoprenter.hu/api");
        assertThat(basic.consumerKey()).isEmpty();
        assertThat(basic.shoprenter()).hasValueSatisfying(sr -> {
            assertThat(sr.oauth()).isFalse();
            assertThat(sr.apiPassword()).contains("pw1");
            assertThat(sr.requestsPerSecond()).isEqualTo(3);
        });
        assertThat(oauth.shoprenter()).hasValueSatisfying(sr -> assertThat(sr.oauth()).isTrue());
        assertThat(basic.toString() + oauth).doesNotContain("pw1").doesNotContain("cs-secret");
        assertThat(basic.fingerprint()).isNotEqualTo(WebshopSettings.from(shoprenter(Map.of("apiUser", "erp"),
                Map.of("apiPassword", "pw2"))).fingerprint());
    }

    @Test
    void shoprenterWithoutCredentialsOrWithHalfAPairNamesWhatIsMissing() {
        assertThatThrownBy(() -> WebshopSettings.from(shoprenter(Map.of(), Map.of())))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo("apiUser"));
        assertThatThrownBy(() -> WebshopSettings.from(shoprenter(Map.of("apiUser", "erp"), Map.of())))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("apiPassword"));
        assertThatThrownBy(() -> WebshopSettings.from(shoprenter(Map.of(), Map.of("clientSecret", "x"))))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo("clientId"));
        assertThatThrownBy(() -> WebshopSettings.from(shoprenter(Map.of("platform", "magento"), Map.of())))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo("platform"));
    }

    @Test
    void wooCommerceStillNeedsItsConsumerKey() {
        assertThatThrownBy(() -> WebshopSettings.from(new ModuleSettings(Map.of("url", "https://bolt.example.hu"),
                Map.of("consumerSecret", "cs"))))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("consumerKey"));
    }
}
