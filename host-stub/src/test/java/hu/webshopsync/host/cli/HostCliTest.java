package hu.webshopsync.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hu.webshopsync.api.Address;
import hu.webshopsync.api.CustomerDraft;
import hu.webshopsync.api.CustomerOrderDraft;
import hu.webshopsync.api.LineKind;
import hu.webshopsync.api.OrderLineDraft;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.HostFixture.CliRun;
import hu.webshopsync.host.csv.CsvReader;
import hu.webshopsync.host.csv.CsvRecord;
import hu.webshopsync.host.testplugin.TestPluginJars;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HostCliTest {

    private static final String SECRET = "cs_verysecret_123";

    @TempDir
    Path dir;

    private HostFixture host;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() throws IOException {
        host = HostFixture.withoutPlugins(dir);
        TestPluginJars.testShop(host.pluginsDir(), ">=0.1.0");
        Files.writeString(dir.resolve("p.csv"), "sku,name,unit,net_price,vat_rate,note,category,webshop,stock:KÖZPONT\n"
                + "A-1,Alma,kg,1000,27,Friss,Gyümölcs/Alma,true,12.5\n"
                + "B-2,Banán,kg,\"99,9\",5,,,false,\n");
    }

    private List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void activate() {
        assertThat(host.run("modules", "activate", "testshop", "--set", "url=https://shop.example.hu",
                "--set", "consumerKey=ck_1", "--set", "consumerSecret=" + SECRET).exitCode()).isZero();
    }

    @Test
    void importReportsRefusedRowsInTheUsersLanguageAndExitsOne() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "sku,name,net_price,vat_rate\nA,Alma,100,27\nB,Banán,-1,27\n");

        CliRun hu = host.run("products", "import", dir.resolve("bad.csv").toString());
        CliRun en = host.run("--lang", "en", "products", "import", dir.resolve("bad.csv").toString());

        assertThat(hu.exitCode()).isEqualTo(1);
        assertThat(hu.out()).contains("1 új");
        assertThat(hu.err()).contains("3. sor (B): a nettó ár negatív: -1");
        assertThat(en.exitCode()).isEqualTo(1);
        assertThat(en.out()).contains("1 unchanged");
        assertThat(en.err()).contains("Line 3 (B): the net price is negative: -1");
        assertThat(host.run("products", "import", dir.resolve("p.csv").toString()).exitCode()).isZero();
        assertThat(host.run("products", "import", dir.resolve("missing.csv").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void oneBadRowAmongGoodOnesIsRefusedWithLineSkuAndReasonAndTheRestIsStored() throws IOException {
        Files.writeString(dir.resolve("mixed.csv"), "sku,name,unit,net_price,vat_rate\n"
                + "G-1,Alma,db,100,27\n"
                + "N-1," + "n".repeat(501) + ",db,100,27\n"
                + "U-1,Körte," + "u".repeat(300) + ",100,27\n"
                + "S".repeat(300) + ",Szilva,db,100,27\n"
                + "P-1,Barack,db,1e999999999,27\n"
                + "G-2,Banán,db,200,27\n");

        CliRun run = host.run("products", "import", dir.resolve("mixed.csv").toString());

        assertThat(run.exitCode()).as("partial").isEqualTo(1);
        assertThat(run.out()).contains("2 új", "4 elutasított sor", "A fájl kódolása: UTF-8");
        assertThat(run.err()).contains("3. sor (N-1): a megnevezés túl hosszú (501/500 karakter)",
                "4. sor (U-1): a mennyiségi egység túl hosszú (300/20 karakter)",
                "5. sor (SSSSSSSSSS", "a cikkszám túl hosszú (300/100 karakter)",
                "6. sor (P-1): a nettó ár nem szám: „1e999999999”");
        assertNoStackTrace(run);
        JsonNode products = json.readTree(host.run("products", "list", "--json").out());
        assertThat(products.findValuesAsText("sku")).containsExactly("G-1", "G-2");
    }

    @Test
    void aFieldColumnIsCheckedAgainstTheLoadedPluginsFieldsBeforeAnyRow() throws IOException {
        Files.writeString(dir.resolve("fields.csv"), "sku,name,net_price,vat_rate,field:webshop\nF-1,Füge,100,27,igen\n");
        Files.writeString(dir.resolve("typo.csv"), "sku,name,net_price,vat_rate,field:webshp\nF-2,Füge,100,27,igen\n");

        CliRun imported = host.run("products", "import", dir.resolve("fields.csv").toString());
        CliRun typo = host.run("--lang", "en", "products", "import", dir.resolve("typo.csv").toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        activate();
        assertThat(json.readTree(host.run("products", "show", "F-1", "--json").out()).get("fields").get("webshop")
                .asText()).isEqualTo("true");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("Column field:webshp of the import file names a product sheet field",
                "(known: field:webshop)", "Nothing was imported.");
        assertNoStackTrace(typo);
        assertThat(host.run("products", "import", "--help").out()).contains("field:KULCS");
    }

    @Test
    void unreadableInputGivesOneClearMessageAndNoStackTrace() throws IOException {
        byte[] garbage = new byte[2048];
        new java.util.Random(3).nextBytes(garbage);
        Files.write(dir.resolve("garbage.csv"), garbage);
        byte[] badUtf8 = "sku,name,net_price,vat_rate\nA,Kö,1,27\nB,\u0000".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        badUtf8[badUtf8.length - 1] = (byte) 0xFF;
        Files.write(dir.resolve("bad-utf8.csv"), badUtf8);
        StringBuilder wide = new StringBuilder("sku,name,net_price,vat_rate");
        for (int i = 0; i < 20_000; i++) {
            wide.append(",c").append(i);
        }
        Files.writeString(dir.resolve("wide.csv"), wide + "\nA,B,1,27\n");

        CliRun binary = host.run("products", "import", dir.resolve("garbage.csv").toString());
        CliRun damaged = host.run("products", "import", dir.resolve("bad-utf8.csv").toString());
        CliRun tooWide = host.run("products", "import", dir.resolve("wide.csv").toString());
        CliRun nul = host.run("products", "import", dir + "/a\u0000b.csv");

        assertThat(binary.err()).contains("nem szöveges CSV fájl");
        assertThat(damaged.err()).contains("3. sora nem olvasható UTF-8 kódolásként");
        assertThat(tooWide.err()).contains("túl hosszú");
        assertThat(nul.err()).contains("A fájl nem található: ", "a?b.csv");
        for (CliRun run : List.of(binary, damaged, tooWide, nul)) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
            assertNoStackTrace(run);
        }
    }

    @Test
    void windows1250ExcelFileImportsAndTheEncodingCanBeGiven() throws IOException {
        Files.write(dir.resolve("excel.csv"), "sku;name;net_price;vat_rate\r\nŐ-1;Tűzőgép;1 000,00 Ft;27%\r\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1250")));
        Files.write(dir.resolve("latin2.csv"), "sku;name;net_price;vat_rate\r\nŰ-1;Hűtő;1000.- Ft;27\r\n"
                .getBytes(java.nio.charset.Charset.forName("ISO-8859-2")));

        CliRun excel = host.run("products", "import", dir.resolve("excel.csv").toString());
        CliRun latin2 = host.run("--lang", "en", "products", "import", "--encoding", "ISO-8859-2",
                dir.resolve("latin2.csv").toString());
        CliRun unknown = host.run("products", "import", "--encoding", "klingon", dir.resolve("latin2.csv").toString());

        assertThat(excel.exitCode()).isZero();
        assertThat(excel.out()).contains("A fájl kódolása: windows-1250", "1 új");
        assertThat(latin2.exitCode()).isZero();
        assertThat(latin2.out()).contains("File encoding: ISO-8859-2");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Ismeretlen kódolás: klingon");
        JsonNode products = json.readTree(host.run("products", "list", "--json").out());
        assertThat(products.findValuesAsText("name")).containsExactly("Tűzőgép", "Hűtő");
        assertThat(products.findValuesAsText("netPrice")).containsExactly("1000", "1000");
    }

    @Test
    void productsSetEditsTheProductsOwnFieldsByTheImportsRulesAndRefusesBadValuesWhole() throws IOException {
        host.run("products", "import", dir.resolve("p.csv").toString());

        CliRun edited = host.run("products", "set", "A-1", "name=Alma (jonatán)", "net_price=1 990,50 Ft", "vat_rate=18%",
                "unit=láda", "note=Új szüret", "category=Gyümölcs / Hazai", "image=");
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        JsonNode a = json.readTree(host.run("products", "show", "A-1", "--json").out());
        assertThat(a.get("name").asText()).isEqualTo("Alma (jonatán)");
        assertThat(a.get("netPrice").asText()).isEqualTo("1990.50");
        assertThat(a.get("vatRate").asText()).isEqualTo("18");
        assertThat(a.get("unit").asText()).isEqualTo("láda");
        assertThat(a.get("note").asText()).isEqualTo("Új szüret");
        assertThat(a.get("category").asText()).isEqualTo("Gyümölcs/Hazai");

        CliRun refused = host.run("products", "set", "A-1", "name=Körte", "net_price=1e999999999",
                "unit=" + "u".repeat(21), "image=../../etc/x.png");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("A-1: a(z) net_price mező nem módosult, mert a nettó ár nem szám: „1e999999999”",
                "a(z) unit mező nem módosult, mert a mennyiségi egység túl hosszú (21/20 karakter)",
                "a(z) image mező nem módosult, mert a kép a megengedett mappán kívül van");
        assertNoStackTrace(refused);
        assertThat(json.readTree(host.run("products", "show", "A-1", "--json").out()).get("name").asText())
                .as("a refused command changes nothing").isEqualTo("Alma (jonatán)");
        assertThat(host.run("products", "set", "A-1", "vat_rate=19").exitCode()).isEqualTo(2);
        assertThat(host.run("products", "set", "A-1", "name=  ").exitCode()).isEqualTo(2);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void productsJsonHasTheAgreedShapeAndShowsFieldsOnlyWhileVisible() throws IOException {
        host.run("products", "import", dir.resolve("p.csv").toString());

        JsonNode hidden = json.readTree(host.run("products", "list", "--json").out());
        assertThat(hidden).hasSize(2);
        JsonNode a = hidden.get(0);
        assertThat(fieldNames(a)).containsExactly("sku", "name", "unit", "netPrice", "vatRate", "grossPrice", "note",
                "category", "image", "fields", "stock", "reserved");
        assertThat(a.get("netPrice").asText()).isEqualTo("1000");
        assertThat(a.get("grossPrice").asText()).isEqualTo("1270");
        assertThat(a.get("category").asText()).isEqualTo("Gyümölcs/Alma");
        assertThat(a.get("image").isNull()).isTrue();
        assertThat(a.get("fields").size()).as("the checkbox is invisible while the module is inactive").isZero();
        assertThat(a.get("stock").get("KÖZPONT").asText()).isEqualTo("12.5");
        JsonNode b = hidden.get(1);
        assertThat(b.get("netPrice").asText()).isEqualTo("99.90");
        assertThat(b.get("grossPrice").asText()).isEqualTo("105");

        activate();
        JsonNode shown = json.readTree(host.run("products", "show", "A-1", "--json").out());
        assertThat(shown.get("fields").get("webshop").asText()).isEqualTo("true");
        assertThat(host.run("products", "show", "A-1").out()).contains("Webáruházas: igen");
        assertThat(host.run("products", "show", "NOPE").exitCode()).isEqualTo(2);
    }

    @Test
    void productsJsonShowsWhatOpenOrdersReservePerWarehouse() throws IOException {
        storeShopOrder("", "");

        JsonNode a = json.readTree(host.run("products", "show", "A-1", "--json").out());
        JsonNode b = json.readTree(host.run("products", "list", "--json").out()).get(1);

        assertThat(a.get("stock").get("KÖZPONT").asText()).isEqualTo("12.5");
        assertThat(a.get("reserved").get("KÖZPONT").asText()).isEqualTo("2");
        assertThat(b.get("sku").asText()).isEqualTo("B-2");
        assertThat(b.get("reserved").get("KÖZPONT").asText()).isEqualTo("0");
    }

    @Test
    void productsSetIsRefusedWhileTheFieldIsInvisibleAndValidatedByType() throws IOException {
        host.run("products", "import", dir.resolve("p.csv").toString());

        CliRun refused = host.run("products", "set", "B-2", "webshop=true");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("Webáruházas", "nem látható");

        activate();
        assertThat(host.run("products", "set", "B-2", "webshop=talán").exitCode()).isEqualTo(2);
        assertThat(host.run("products", "set", "B-2", "nincs=1").exitCode()).isEqualTo(2);
        CliRun accepted = host.run("products", "set", "B-2", "webshop=true");
        assertThat(accepted.exitCode()).isZero();
        assertThat(json.readTree(host.run("products", "show", "B-2", "--json").out()).get("fields").get("webshop")
                .asText()).isEqualTo("true");
    }

    @Test
    void modulesNeverPrintSecretsAndActivationIsChecked() throws IOException {
        CliRun unknownKey = host.run("modules", "activate", "testshop", "--set", "colour=red");
        CliRun missing = host.run("modules", "activate", "testshop", "--set", "url=https://x.hu");
        CliRun badType = host.run("modules", "activate", "testshop", "--set", "url=https://x.hu", "--set",
                "consumerKey=k", "--set", "consumerSecret=" + SECRET, "--set", "pageSize=many");
        CliRun checkFails = host.run("modules", "activate", "testshop", "--set", "url=https://bad.example.hu",
                "--set", "consumerKey=k", "--set", "consumerSecret=" + SECRET);
        assertThat(List.of(unknownKey, missing, badType, checkFails)).allSatisfy(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.out() + r.err()).doesNotContain(SECRET);
        });
        assertThat(unknownKey.err()).contains("colour");
        assertThat(missing.err()).contains("consumerKey");
        assertThat(checkFails.err()).contains("A webáruház nem érhető el");
        assertThat(host.run("modules", "list", "--json").out()).contains("\"active\" : false");

        CliRun activated = host.run("modules", "activate", "testshop", "--set", "url=https://shop.example.hu",
                "--set", "consumerKey=ck_1", "--set", "consumerSecret=" + SECRET);
        assertThat(activated.exitCode()).isZero();
        assertThat(activated.out()).contains("consumerSecret = ****", "Az adókezelés ki van kapcsolva")
                .doesNotContain(SECRET);

        CliRun reactivated = host.run("modules", "activate", "testshop", "--set", "url=https://shop.example.hu/bad",
                "--no-check");
        assertThat(reactivated.exitCode()).as("--no-check skips the check; stored values are kept").isZero();
        JsonNode module = json.readTree(host.run("modules", "list", "--json").out()).get(0);
        assertThat(fieldNames(module)).containsExactly("id", "name", "active", "loaded", "settings");
        assertThat(module.get("active").asBoolean()).isTrue();
        assertThat(module.get("settings").get("url").asText()).isEqualTo("https://shop.example.hu/bad");
        assertThat(module.get("settings").get("consumerKey").asText()).isEqualTo("ck_1");
        assertThat(module.get("settings").get("consumerSecret").asText()).isEqualTo("****");
        assertThat(module.get("settings").get("warehouse").asText()).as("default filled in").isEqualTo("KÖZPONT");
        assertThat(host.run("modules", "list").out()).contains("consumerSecret = ****").doesNotContain(SECRET);

        assertThat(host.run("modules", "deactivate", "testshop").exitCode()).isZero();
        assertThat(host.run("modules", "list", "--json").out()).contains("\"active\" : false").doesNotContain(SECRET);
    }

    @Test
    void anAddressOnAnotherMachineNeedsTheSecretsAgainButTheSchemeAloneDoesNot() throws IOException {
        activate();

        CliRun moved = host.run("modules", "activate", "testshop", "--set", "url=https://other.example.hu",
                "--no-check");
        assertThat(moved.exitCode()).isEqualTo(2);
        assertThat(moved.err()).contains("url", "más gépre mutat", "consumerSecret").doesNotContain(SECRET);
        JsonNode kept = json.readTree(host.run("modules", "list", "--json").out()).get(0).get("settings");
        assertThat(kept.get("url").asText()).as("a refused activation changes nothing")
                .isEqualTo("https://shop.example.hu");

        CliRun schemeOnly = host.run("modules", "activate", "testshop", "--set", "url=http://SHOP.example.hu",
                "--no-check");
        assertThat(schemeOnly.exitCode()).as(schemeOnly.err()).isZero();

        CliRun secretGivenAgain = host.run("modules", "activate", "testshop", "--set", "url=https://other.example.hu",
                "--set", "consumerSecret=cs_other_456");
        assertThat(secretGivenAgain.exitCode()).as(secretGivenAgain.err()).isZero();
        JsonNode moved2 = json.readTree(host.run("modules", "list", "--json").out()).get(0).get("settings");
        assertThat(moved2.get("url").asText()).isEqualTo("https://other.example.hu");
        assertThat(moved2.get("consumerSecret").asText()).isEqualTo("****");
    }

    @Test
    void anActiveModuleWhosePluginIsNotLoadedNamesTheFolderSearchedAndThePluginsDirOption() throws IOException {
        activate();
        Path empty = Files.createDirectories(dir.resolve("empty-plugins"));
        HostFixture elsewhere = new HostFixture(host.dataDir(), empty, Clock.system(HostConfig.ERP_ZONE));

        CliRun modules = elsewhere.run("modules", "list");
        CliRun run = elsewhere.run("run", "testshop.product-sync");
        CliRun english = elsewhere.run("--lang", "en", "modules", "list");

        String folder = empty.toAbsolutePath().normalize().toString();
        assertThat(modules.out()).contains("aktív (a modult adó bővítmény nincs betöltve; keresett mappa: " + folder,
                "--plugins-dir");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Ismeretlen művelet: testshop.product-sync",
                "a(z) testshop modul aktív, de a modult adó bővítmény nincs betöltve: nincs a(z) " + folder,
                "--plugins-dir MAPPA");
        assertThat(english.out()).contains("active (the plugin providing it is not loaded; folder searched: " + folder);
        assertThat(elsewhere.run("modules", "deactivate", "testshop").exitCode()).isZero();
        assertThat(elsewhere.run("run", "testshop.product-sync").err())
                .contains("Nincs betöltött bővítmény; keresett mappa: " + folder, "--plugins-dir");
    }

    @Test
    void everyCommandsHelpExitsZeroInHungarianByDefaultAndInEnglishOnRequest() {
        List<List<String>> commands = new ArrayList<>();
        collectCommands(new CommandLine(new HostCommand(Clock.systemUTC(), false, UserInput.ofProcess())), new ArrayList<>(), commands);
        assertThat(commands).hasSizeGreaterThan(15);

        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            CliRun hu = host.run(args.toArray(String[]::new));
            assertThat(hu.exitCode()).as(command + ": " + hu.err()).isZero();
            assertThat(hu.out()).as(command.toString()).startsWith("Használat: host-stub")
                    .doesNotContain("Show this help", "Print JSON", "(default: ", " The ");
            args.addAll(0, List.of("--lang", "en"));
            CliRun en = host.run(args.toArray(String[]::new));
            assertThat(en.exitCode()).as(command + ": " + en.err()).isZero();
            assertThat(en.out()).as(command.toString()).startsWith("Usage: host-stub").contains("Show this help");
        }
        assertThat(host.run("run", "--help").out()).contains("A betöltött bővítmények műveletei",
                "testshop.product-sync  Teszt szinkron");
        assertThat(dir.resolve("data")).as("asking for help creates no database").doesNotExist();
    }

    private static void collectCommands(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            List<String> longer = new ArrayList<>(path);
            longer.add(name);
            collectCommands(sub, longer, into);
        });
    }

    @Test
    void runPrintsTheResultRecordsHistoryAndExitsByOutcome() throws IOException {
        host.run("products", "import", dir.resolve("p.csv").toString());
        activate();

        JsonNode actions = json.readTree(host.run("actions", "products", "--json").out());
        assertThat(actions.get(0).get("id").asText()).isEqualTo("testshop.product-sync");
        assertThat(actions.get(0).get("label").asText()).isEqualTo("Teszt szinkron");

        CliRun ok = host.run("run", "testshop.product-sync");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("Szinkron kész: 1 termék", "létrehozva: 1", "A-1");
        assertThat(ok.err()).contains("Teszt szinkron: kész");

        CliRun partial = host.run("run", "testshop.product-sync", "--option", "partial=true");
        assertThat(partial.exitCode()).isEqualTo(1);
        CliRun failed = host.run("run", "testshop.product-sync", "--option", "leak=true");
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.out() + failed.err()).doesNotContain(SECRET);
        assertThat(host.run("run", "no.such-action").exitCode()).isEqualTo(2);

        JsonNode history = json.readTree(host.run("history", "--json").out());
        assertThat(history).hasSize(3);
        assertThat(fieldNames(history.get(0))).containsExactly("runId", "action", "plugin", "startedAt",
                "durationMs", "outcome", "counts", "message", "automatic", "failure");
        assertThat(history.get(0).get("automatic").asBoolean()).isFalse();
        assertThat(history.get(0).get("outcome").asText()).isEqualTo("FAILED");
        assertThat(history.get(2).get("counts").get("created").asInt()).isEqualTo(1);
        String partialRun = history.get(1).get("runId").asText();
        assertThat(host.run("history", "show", partialRun, "--csv").out())
                .startsWith("item,status,reason").contains("BROKEN,failed,kép nem jpg/png");
        JsonNode items = json.readTree(host.run("history", "show", partialRun, "--json").out());
        assertThat(fieldNames(items.get(0))).containsExactly("item", "status", "reason");
        assertThat(host.run("history", "show", "999").exitCode()).isEqualTo(2);
    }

    @Test
    void historyCsvNeutralisesCellsASpreadsheetWouldTakeForAFormula() throws IOException {
        Files.writeString(dir.resolve("evil.csv"), "sku,name,net_price,vat_rate,webshop\n"
                + "=1+2,Képlet,100,27,true\n+36,Plusz,100,27,true\n-5,Mínusz szám,100,27,true\n"
                + "-rm,Mínusz szó,100,27,true\n@SUM(A1),Kukac,100,27,true\n");
        assertThat(host.run("products", "import", dir.resolve("evil.csv").toString()).exitCode()).isZero();
        activate();
        assertThat(host.run("run", "testshop.product-sync").exitCode()).isZero();
        String runId = json.readTree(host.run("history", "--json").out()).get(0).get("runId").asText();

        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(host.run("history", "show", runId, "--csv").out()),
                ',')) {
            for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                rows.add(r.get().fields());
            }
        }

        assertThat(rows).extracting(r -> r.get(0)).containsExactlyInAnyOrder("item", "context-class-loader",
                "'=1+2", "'+36", "-5", "'-rm", "'@SUM(A1)");
    }

    @Test
    void listsShowMoneyAndLocalTimeAsPeopleReadThemWhileJsonStaysExact() throws IOException {
        // 03:01 UTC is 04:01 in Budapest in December
        HostFixture atFixedTime = new HostFixture(host.dataDir(), host.pluginsDir(),
                Clock.fixed(Instant.parse("2026-12-06T03:01:00Z"), HostConfig.ERP_ZONE));
        Files.writeString(dir.resolve("shop.csv"), "sku,name,net_price,vat_rate,stock:KÖZPONT\n"
                + "P-1,Párna,7850,0,1250.5\nP-2,Gomb,\"0,5\",27,3\n");
        atFixedTime.run("products", "import", dir.resolve("shop.csv").toString());
        atFixedTime.run("modules", "activate", "testshop", "--set", "url=https://shop.example.hu",
                "--set", "consumerKey=ck_1", "--set", "consumerSecret=" + SECRET);
        atFixedTime.run("run", "testshop.product-sync");

        assertThat(atFixedTime.run("products", "list").out())
                .contains("P-1 | Párna | nettó 7 850 Ft", "bruttó 7 850 Ft", "KÖZPONT: 1 250,5", "nettó 0,50 Ft");
        assertThat(atFixedTime.run("products", "show", "P-1").out()).contains("Nettó eladási ár: 7 850 Ft");
        assertThat(atFixedTime.run("--lang", "en", "products", "list").out()).contains("net 7,850 HUF", "0.50 HUF");
        assertThat(atFixedTime.run("history").out()).contains("2026.12.06. 04:01");
        assertThat(atFixedTime.run("history", "show", "1").out()).contains("2026.12.06. 04:01");
        assertThat(atFixedTime.run("--lang", "en", "history").out()).contains("2026-12-06 04:01");

        JsonNode p1 = json.readTree(atFixedTime.run("products", "show", "P-1", "--json").out());
        assertThat(p1.get("netPrice").asText()).isEqualTo("7850");
        assertThat(p1.get("stock").get("KÖZPONT").asText()).isEqualTo("1250.5");
        assertThat(json.readTree(atFixedTime.run("products", "list", "--json").out()).get(1).get("netPrice").asText())
                .isEqualTo("0.50");
        assertThat(json.readTree(atFixedTime.run("history", "--json").out()).get(0).get("startedAt").asText())
                .isEqualTo("2026-12-06T03:01:00Z");
    }

    /** Kiss Anna's shop order 77 (id 1077) of two apples, 2 540 Ft, placed 2026-03-01 11:00 Budapest time. */
    private void storeShopOrder(String company, String taxNumber) {
        host.run("products", "import", dir.resolve("p.csv").toString());
        try (Host open = host.openHost()) {
            Address address = new Address("Kiss Anna", company, "1011", "Budapest", "Fő utca 1.", "HU",
                    "anna@example.hu", "");
            open.services().orders().create(new CustomerOrderDraft("woocommerce:shop", "1077", "77",
                    Instant.parse("2026-03-01T10:00:00Z"), new CustomerDraft(null, "Kiss Anna", company, taxNumber,
                    "anna@example.hu", "+36 30 111 2222"), address, address, "utánvét", "HUF", new BigDecimal("2540"), "",
                    List.of(new OrderLineDraft(LineKind.PRODUCT, "A-1", "Alma", new BigDecimal("2"),
                            new BigDecimal("1270"), new BigDecimal("27"), new BigDecimal("2540"))),
                    false, List.of(), "KÖZPONT"));
        }
    }

    @Test
    void ordersListShowsTheShopsNumberAndTheTaxNumberWithReadableMoneyAndLocalTime() {
        storeShopOrder("Alma Kft.", "12345678-2-42");

        String hu = host.run("orders", "list").out();
        String en = host.run("--lang", "en", "orders", "list").out();

        assertThat(hu).contains("VR-2026-000001  2026.03.01. 11:00  webáruház: #77  Kiss Anna, Alma Kft.,"
                + " adószám: 12345678-2-42  2 540 Ft  kiszállítandó")
                .contains("A-1  Alma  2 × 1 270 Ft = 2 540 Ft (27%)")
                .doesNotContain("2026-03-01T10:00:00Z").doesNotContain("1077");
        assertThat(en).contains("VR-2026-000001  2026-03-01 11:00  shop order #77  Kiss Anna, Alma Kft.,"
                + " tax number: 12345678-2-42  2,540 HUF  to deliver")
                .contains("2 × 1,270 HUF = 2,540 HUF (27%)");
    }

    @Test
    void ordersListJsonHasTheAgreedShape() throws IOException {
        storeShopOrder("", "");

        JsonNode orders = json.readTree(host.run("orders", "list", "--json").out());

        JsonNode order = orders.get(0);
        assertThat(fieldNames(order)).containsExactly("number", "externalRef", "status", "date", "customer", "billing",
                "shipping", "paymentMethod", "currency", "netTotal", "vatTotal", "grossTotal", "needsReview",
                "reviewReasons", "lines");
        assertThat(order.get("number").asText()).isEqualTo("VR-2026-000001");
        assertThat(order.get("externalRef").asText()).isEqualTo("1077");
        assertThat(order.get("date").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(fieldNames(order.get("customer"))).containsExactly("name", "email", "phone", "taxNumber");
        assertThat(order.get("netTotal").asText()).isEqualTo("2000");
        assertThat(order.get("vatTotal").asText()).isEqualTo("540");
        assertThat(fieldNames(order.get("lines").get(0))).containsExactly("sku", "name", "quantity", "unitPriceGross",
                "vatRate", "lineGross");
        assertThat(order.get("lines").get(0).get("quantity").asText()).isEqualTo("2");
        assertThat(host.run("orders", "list").out()).contains("Vevői rendelések", "VR-2026-000001", "kiszállítandó");
    }

    @Test
    void stockSetAndPluginsListing() throws IOException {
        host.run("products", "import", dir.resolve("p.csv").toString());

        assertThat(host.run("stock", "set", "B-2", "BOLT", "7,5").exitCode()).isZero();
        assertThat(host.run("stock", "set", "B-2", "BOLT", "-1").exitCode()).isEqualTo(2);
        assertThat(host.run("stock", "set", "NOPE", "BOLT", "1").exitCode()).isEqualTo(2);
        assertThat(json.readTree(host.run("products", "show", "B-2", "--json").out()).get("stock").get("BOLT").asText())
                .isEqualTo("7.5");

        CliRun plugins = host.run("plugins");
        assertThat(plugins.exitCode()).isZero();
        assertThat(plugins.out()).contains("testshop-plugin 1.0.0 – STARTED",
                "hu.webshopsync.host.testplugin.TestSyncAction");
    }
}
