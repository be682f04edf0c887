package hu.webshopsync.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.HostModule;
import hu.webshopsync.api.ListAction;
import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.api.ScheduledAction;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged webshop plugin in a real plugins folder: the host finds exactly its four extensions,
 * and the Webáruházas checkbox appears only once the webshop module is active. Runs in
 * {@code mvn verify} (failsafe), after {@code mvn -pl webshop-plugin package}.
 */
class WebshopPluginIT {

    @TempDir
    Path dir;

    @Test
    void theHostFindsTheWebshopExtensions() {
        HostFixture fixture = HostFixture.withWebshopPlugin(dir);
        try (Host host = fixture.openHost()) {
            PluginExtensions extensions = host.extensions();

            assertThat(host.pluginProblems()).isEmpty();
            assertThat(extensions.productActions()).extracting(ListAction::id).containsExactly("webshop.product-sync", "webshop.stock-audit");
            assertThat(extensions.orderActions()).extracting(ListAction::id).containsExactly("webshop.order-sync");
            assertThat(extensions.scheduledActions()).extracting(ScheduledAction::settingKey)
                    .containsExactlyInAnyOrder("autoOrderSync", "autoProductSync", "autoStockAudit");
            assertThat(extensions.sheetFields()).extracting(ProductSheetField::key).containsExactly("webshop");
            assertThat(extensions.modules()).extracting(HostModule::id).containsExactly("webshop");
            String pluginId = extensions.ownerOf(extensions.productActions().get(0));
            assertThat(pluginId).isNotEqualTo(PluginExtensions.SYSTEM);
            assertThat(host.plugins().getExtensionClassNames(pluginId)).hasSize(8);
        }
    }

    @Test
    void theCheckboxIsVisibleOnlyWhileTheWebshopModuleIsActive() throws Exception {
        HostFixture fixture = HostFixture.withWebshopPlugin(dir);
        java.nio.file.Files.writeString(dir.resolve("p.csv"), "sku,name,net_price,vat_rate\nA-1,Alma,100,27\n");
        assertThat(fixture.run("products", "import", dir.resolve("p.csv").toString()).exitCode()).isZero();
        try (Host host = fixture.openHost()) {
            assertThat(host.sheetFields().visible()).isEmpty();
        }
        assertThat(fixture.run("products", "set", "A-1", "webshop=true").exitCode()).isEqualTo(2);

        HostFixture.CliRun activated = fixture.run("modules", "activate", "webshop",
                "--set", "url=http://127.0.0.1:1", "--set", "consumerKey=ck_test", "--set", "consumerSecret=cs_test",
                "--no-check");
        assertThat(activated.exitCode()).as(activated.err()).isZero();
        assertThat(activated.out() + activated.err()).doesNotContain("cs_test");

        try (Host host = fixture.openHost()) {
            assertThat(host.sheetFields().visible()).extracting(ProductSheetField::key).containsExactly("webshop");
        }
        assertThat(fixture.run("products", "set", "A-1", "webshop=true").exitCode()).isZero();
        assertThat(fixture.run("modules", "list").out()).doesNotContain("cs_test");
    }
}
