package hu.webshopsync.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shop owner's day in a real browser (headless Chromium): the product sheet without the
 * Webáruházas checkbox, the webshop module activated on the Modules page, the checkbox ticked and
 * saved, Termék szinkron pressed on the list, an order placed in the shop, Webáruház szinkron
 * pressed, the orders in the list with the shop's order number and the buyer's tax number. Needs the packaged plugin (failsafe, after
 * {@code mvn -pl webshop-plugin package}).
 *
 * <p>With {@code -Dconsole.readmeScreenshots=DIR} it also saves the README's four screenshots
 * ({@code product-sheet.png}, {@code orders.png}, {@code order.png}, {@code run-changes.png}) into DIR.
 */
class ConsoleBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @RegisterExtension
    final Screenshots screenshots = new Screenshots();

    @Test
    void aShopOwnerActivatesTheModuleSyncsAProductAndImportsAnOrder() throws Exception {
        HostFixture fixture = HostFixture.withWebshopPlugin(dir);
        Path csv = dir.resolve("products.csv");
        Files.copy(HostFixture.repositoryRoot().resolve("testdata/woocommerce/images/blue.jpg"), dir.resolve("bogre.jpg"));
        Files.writeString(csv, "sku,name,net_price,vat_rate,unit,category,image,stock:KOZPONT,stock:BOLT\n"
                + "BOG-001,Bögre kék 3 dl,2362,27,db,Konyha,bogre.jpg,12,3\n"
                + "TAL-002,Tányér mély,1575,27,db,Konyha,,30,0\n"
                + "KES-003,Késkészlet 5 darabos,7870,27,szett,Konyha,,4,1\n", StandardCharsets.UTF_8);
        assertThat(fixture.run("products", "import", csv.toString()).exitCode()).isZero();

        try (ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults());
             Host host = fixture.openHost();
             WebConsole console = WebConsole.start(host, ConsoleOptions.loopbackOnFreePort())) {
            WebDriver browser = screenshots.watch(Browser.start(Files.createDirectories(dir.resolve("chrome"))));
            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            String base = console.url();

            // the product sheet before activation: no Webáruházas checkbox
            browser.get(base + "/product?sku=BOG-001");
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Bögre kék 3 dl");
            assertThat(browser.findElements(By.id("field.webshop"))).isEmpty();
            assertThat(browser.findElement(By.id("stock")).getText()).contains("KOZPONT").contains("12");
            screenshots.step("01-sheet-before-activation");

            // Karbantartás › Modulok: activate the webshop module against the emulator
            browser.findElement(By.id("menu-modules")).click();
            type(browser, "setting.url", shop.baseUrl());
            type(browser, "setting.consumerKey", "ck_demo_key");
            type(browser, "setting.consumerSecret", "cs_demo_secret");
            type(browser, "setting.warehouse", "KOZPONT");
            screenshots.step("02-module-settings");
            browser.findElement(By.id("activate-webshop")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            assertThat(browser.findElement(By.id("notice")).getAttribute("class")).doesNotContain("error");
            assertThat(browser.findElement(By.id("state-webshop")).getText()).isEqualTo("aktív");
            assertThat(browser.getPageSource()).doesNotContain("cs_demo_secret");
            assertThat(browser.findElement(By.id("setting.consumerSecret")).getAttribute("placeholder"))
                    .isEqualTo("****");
            screenshots.step("03-module-active");

            // the product's own fields: a new price typed as a Hungarian writes it, the gross price follows
            browser.get(base + "/product?sku=BOG-001");
            type(browser, "own.net_price", "2 440,00 Ft");
            browser.findElement(By.id("save-own")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            assertThat(browser.findElement(By.id("gross")).getText()).contains("3 099 Ft");
            WebElement thumbnail = browser.findElement(By.cssSelector("figure.product-image img"));
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return arguments[0].naturalWidth", thumbnail)).intValue())
                    .as("the thumbnail loaded from the console").isPositive();

            // the checkbox is there now: tick it and save
            WebElement checkbox = browser.findElement(By.id("field.webshop"));
            assertThat(checkbox.isSelected()).isFalse();
            checkbox.click();
            browser.findElement(By.id("save-fields")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            assertThat(browser.findElement(By.id("field.webshop")).isSelected()).isTrue();
            byte[] sheet = screenshots.step("04-sheet-checkbox-saved");
            readmeScreenshot("product-sheet.png", sheet);

            // Termékkezelés › Termékek: press Termék szinkron and wait for the confirmation
            browser.findElement(By.id("menu-products")).click();
            assertThat(browser.findElement(By.id("products")).getText()).contains("BOG-001").contains("igen");
            browser.findElement(By.id("action-webshop.product-sync")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
            screenshots.step("05-product-sync-result");
            assertThat(browser.findElement(By.id("result-counts")).getText()).contains("létrehozva: 1");
            ShopSnapshot.Product synced = shop.control().snapshot().productsBySku().get("BOG-001");
            assertThat(synced).isNotNull();
            assertThat(synced.name()).isEqualTo("Bögre kék 3 dl");
            assertThat(synced.stockQuantity()).isEqualTo(12);
            assertThat(shop.control().snapshot().productsBySku()).doesNotContainKey("TAL-002");

            // a customer orders in the shop
            placeOrder(shop, "Anna", "Kiss", "+36301234567", "\"product_id\":" + synced.id() + ",\"quantity\":2", "", "");
            // a line the ERP does not know: imported, but flagged for review
            // ... ordered for a company, with its tax number
            placeOrder(shop, "Béla", "Nagy", "+36209876543", "\"name\":\"Ajándékcsomagolás\",\"quantity\":1,\"total\":\"500.00\"",
                    "Nagy és Társa Bt.", "12345678-2-42");

            // Értékesítés › Vevői rendelések: press Webáruház szinkron and see the order
            browser.findElement(By.id("menu-orders")).click();
            assertThat(browser.findElement(By.id("orders")).getText()).contains("Még nincs vevői rendelés.");
            browser.findElement(By.id("action-webshop.order-sync")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
            screenshots.step("06-order-sync-result");
            assertThat(browser.findElement(By.id("result-counts")).getText()).contains("rögzítve: 1");
            browser.findElement(By.id("back")).click();
            String orders = browser.findElement(By.id("orders")).getText();
            assertThat(orders).contains("Kiss Anna").contains("Nagy Béla").contains("kiszállítandó")
                    .contains("Ellenőrizendő").contains("Ajándékcsomagolás").containsPattern("#\\d+")
                    .contains("12345678-2-42");
            byte[] list = screenshots.step("07-orders-after-sync");
            readmeScreenshot("orders.png", list);

            // the order took two mugs from stock: the next Termék szinkron says so on its run page
            browser.findElement(By.id("menu-products")).click();
            browser.findElement(By.id("action-webshop.product-sync")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
            assertThat(browser.findElement(By.id("items")).getText()).contains("BOG-001").contains("frissítve")
                    .contains("készlet: 12 → 10");
            readmeScreenshot("run-changes.png", screenshots.step("08-product-sync-changes"));

            // the company's order, then the order's lines, and the run in the sync history
            browser.findElement(By.id("menu-orders")).click();
            browser.findElement(By.xpath("//table[@id='orders']//tr[contains(., 'Nagy Béla')]//a")).click();
            assertThat(browser.findElement(By.id("order")).getText()).contains("Webáruházas rendelésszám")
                    .contains("Nagy és Társa Bt.").contains("12345678-2-42");
            readmeScreenshot("order.png", screenshots.step("09-company-order"));
            browser.findElement(By.id("menu-orders")).click();
            browser.findElement(By.xpath("//table[@id='orders']//tr[contains(., 'Kiss Anna')]//a")).click();
            assertThat(browser.findElement(By.id("lines")).getText()).contains("BOG-001").contains("Bögre kék 3 dl");
            // the goods are delivered: Teljesítés, and the order is no longer to deliver
            browser.findElement(By.id("fulfil")).click();
            // the form posts and redirects: wait for the new page rather than read the old one
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            assertThat(browser.findElement(By.id("notice")).getText()).contains("Teljesítve:");
            assertThat(browser.findElement(By.id("order")).getText()).contains("teljesítve");
            assertThat(browser.findElements(By.id("fulfil"))).isEmpty();
            browser.findElement(By.id("menu-history")).click();
            assertThat(browser.findElement(By.id("history")).getText()).contains("webshop.product-sync")
                    .contains("webshop.order-sync");
            screenshots.step("10-history");
        }
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void placeOrder(ShopEmulator shop, String firstName, String lastName, String phone,
                                   String line, String company, String taxNumber) throws Exception {
        String order = """
                {"status":"processing","currency":"HUF","payment_method":"cod","payment_method_title":"Utánvét",
                 "billing":{"first_name":"%s","last_name":"%s","company":"%s","address_1":"Fő utca 1.","city":"Budapest",
                            "postcode":"1011","country":"HU","email":"%s@example.hu","phone":"%s"},
                 "shipping":{"first_name":"%s","last_name":"%s","address_1":"Fő utca 1.","city":"Budapest",
                             "postcode":"1011","country":"HU"},
                 "meta_data":[{"key":"_billing_tax_number","value":"%s"}],
                 "line_items":[{%s}]}
                """.formatted(firstName, lastName, company, lastName.toLowerCase(java.util.Locale.ROOT),
                        phone, firstName, lastName, taxNumber, line);
        String auth = Base64.getEncoder().encodeToString("ck_demo_key:cs_demo_secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(shop.baseUrl() + "/wp-json/wc/v3/orders"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(order, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static void readmeScreenshot(String name, byte[] png) throws Exception {
        String folder = System.getProperty("console.readmeScreenshots");
        if (folder != null && !folder.isBlank()) {
            Path target = Files.createDirectories(Path.of(folder)).resolve(name);
            Files.write(target, png);
        }
    }
}
