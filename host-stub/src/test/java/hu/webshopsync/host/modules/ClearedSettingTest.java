package hu.webshopsync.host.modules;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.FieldType;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.SettingDefinition;
import hu.webshopsync.host.TestDatabase;
import hu.webshopsync.host.secrets.SecretBox;
import hu.webshopsync.host.secrets.SecretKeyFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A setting cleared on purpose stays empty; one never set takes its default. */
class ClearedSettingTest {

    private static final List<SettingDefinition> DEFINITIONS = List.of(
            new SettingDefinition("url", "url", FieldType.TEXT, true, false, null, null),
            new SettingDefinition("fulfilledShopStatus", "status", FieldType.TEXT, false, false, "completed", null),
            new SettingDefinition("cancelledShopStatus", "status", FieldType.TEXT, false, false, "cancelled", null),
            new SettingDefinition("consumerSecret", "secret", FieldType.TEXT, false, true, "cs_default_1", null));

    @TempDir
    Path dir;

    @Test
    void anEmptyValueStaysEmptyWhileAnAbsentOneTakesTheDefault() {
        ModuleSettings settings = JdbcModuleRegistry.withDefaults(DEFINITIONS,
                Map.of("url", "https://bolt.example.hu", "fulfilledShopStatus", ""), Map.of("consumerSecret", " "));

        assertThat(settings.values()).containsEntry("fulfilledShopStatus", "")
                .containsEntry("cancelledShopStatus", "cancelled");
        assertThat(settings.get("fulfilledShopStatus")).as("other readers still see no value").isEmpty();
        assertThat(settings.secret("consumerSecret")).as("a blank secret is never a choice").hasValue("cs_default_1");
    }

    @Test
    void activationStoresAClearedValueAndKeepsItUntilSetAgain() {
        ModuleStore store = new ModuleStore(TestDatabase.open(dir), Clock.systemUTC(),
                SecretBox.of(new SecretKeyFile(dir.resolve("key"))), new SecretRedactor());
        ModuleActivation activation = new ModuleActivation(store);
        JdbcModuleRegistry registry = new JdbcModuleRegistry(store, id -> DEFINITIONS);

        activation.activate("webshop", DEFINITIONS, Map.of("url", "https://bolt.example.hu"), null);
        assertThat(registry.settings("webshop").values()).containsEntry("fulfilledShopStatus", "completed");

        activation.activate("webshop", DEFINITIONS, Map.of("fulfilledShopStatus", ""), null);
        assertThat(registry.settings("webshop").values()).containsEntry("fulfilledShopStatus", "")
                .containsEntry("cancelledShopStatus", "cancelled");

        activation.activate("webshop", DEFINITIONS, Map.of("url", "https://bolt.example.hu"), null);
        assertThat(registry.settings("webshop").values()).as("kept off by a later activation")
                .containsEntry("fulfilledShopStatus", "");

        activation.activate("webshop", DEFINITIONS, Map.of("fulfilledShopStatus", "completed"), null);
        assertThat(registry.settings("webshop").values()).containsEntry("fulfilledShopStatus", "completed");
    }
}
