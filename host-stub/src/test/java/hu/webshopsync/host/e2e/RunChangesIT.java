package hu.webshopsync.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.csv.CsvReader;
import hu.webshopsync.host.csv.CsvRecord;
import hu.webshopsync.host.web.ConsoleOptions;
import hu.webshopsync.host.web.WebConsole;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history says what a product sync changed: every product created, updated (with each changed
 * field, old → new) or taken off sale, in the reader's language whatever language the run was made in,
 * on the command line (text, CSV, JSON) and in the console.
 */
class RunChangesIT {

    private static final String NBSP = "\u00a0";

    @TempDir
    Path dir;

    private WebshopScenario s;

    @BeforeEach
    void setUp() {
        s = WebshopScenario.start(dir, EmulatorConfig.defaults());
        s.importCsv("termekek.csv", """
                sku,name,net_price,vat_rate,stock:KÖZPONT
                BOG-002,Bögre,2500,5,7
                TEA-003,Teakeverék,800,18,3
                KER-004,Kerti kesztyű,2000,27,35
                """);
        s.activate();
        s.mark("BOG-002", "TEA-003", "KER-004");
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    @Test
    void historyShowListsWhatTheRunCreatedChangedAndTookOffSaleInTheReadersLanguage() throws Exception {
        WebshopScenario.ActionRun first = s.run(ProductSyncIT.ACTION);
        assertThat(first.exitCode()).as(first.printed()).isZero();
        assertThat(first.items()).extracting(i -> i.item() + " " + i.status())
                .contains("BOG-002 created", "KER-004 created");

        s.importCsv("valtozas.csv", """
                sku,name,net_price,vat_rate,stock:KÖZPONT
                BOG-002,Bögre,3000,5,4
                KER-004,Kerti kesztyű,2000,27,25
                """);
        s.ok("products", "set", "TEA-003", "webshop=false");
        WebshopScenario.ActionRun second = s.run(ProductSyncIT.ACTION);
        assertThat(second.exitCode()).as(second.printed()).isZero();
        String runId = Long.toString(second.runId());

        String hu = s.ok("history", "show", runId).out();
        assertThat(hu).contains("BOG-002  frissítve", "ár: 2" + NBSP + "625 → 3" + NBSP + "150 Ft",
                "készlet: 7 → 4", "KER-004  frissítve  készlet: 35 → 25", "TEA-003  visszavonva");

        String en = s.ok("--lang", "en", "history", "show", runId).out();
        assertThat(en).contains("price: 2,625 → 3,150 HUF", "stock: 7 → 4", "KER-004  updated  stock: 35 → 25",
                "TEA-003  unpublished");
        // the run's confirmation message too, though the run was made in Hungarian
        assertThat(hu).contains("A termék szinkron sikeresen lefutott.");
        assertThat(en).contains("Product sync finished successfully.").doesNotContain("sikeresen");
        JsonNode enItems = s.json("--lang", "en", "history", "show", runId, "--json");
        List<String> enReasons = new ArrayList<>();
        enItems.forEach(i -> enReasons.add(i.get("reason").asText()));
        assertThat(enReasons).contains("price: 2,625 → 3,150 HUF; stock: 7 → 4")
                .allSatisfy(r -> assertThat(r).doesNotContainPattern("[áéíóöőúüűÁÉÍÓÖŐÚÜŰ]")
                        .doesNotContain("ár:", "készlet", "Ft"));

        List<List<String>> csv = csv(s.ok("history", "show", runId, "--csv").out());
        assertThat(csv).containsExactly(List.of("item", "status", "reason"),
                List.of("BOG-002", "updated", "ár: 2" + NBSP + "625 → 3" + NBSP + "150 Ft; készlet: 7 → 4"),
                List.of("KER-004", "updated", "készlet: 35 → 25"),
                List.of("TEA-003", "unpublished", ""));
        assertThat(csv(s.ok("history", "show", Long.toString(first.runId()), "--csv").out()))
                .extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactlyInAnyOrder("item status", "BOG-002 created", "TEA-003 created", "KER-004 created");

        try (Host host = s.openHost();
             WebConsole console = WebConsole.start(host, ConsoleOptions.loopbackOnFreePort())) {
            HttpClient http = HttpClient.newHttpClient();
            String page = http.send(HttpRequest.newBuilder(URI.create(console.url() + "/history/" + runId)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("BOG-002", "ár: 2" + NBSP + "625 → 3" + NBSP + "150 Ft", "készlet: 7 → 4",
                    "visszavonva");
            String english = http.send(HttpRequest.newBuilder(
                    URI.create(console.url() + "/history/" + runId + "?lang=en")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(english).contains("price: 2,625 → 3,150 HUF", "stock: 35 → 25").doesNotContain("készlet");
        }
    }

    private static List<List<String>> csv(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text), ',')) {
            for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                rows.add(r.get().fields());
            }
        }
        return rows;
    }
}
