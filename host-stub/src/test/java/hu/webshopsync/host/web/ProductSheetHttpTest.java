package hu.webshopsync.host.web;

import static hu.webshopsync.host.web.ConsoleClient.sessionCookie;
import static hu.webshopsync.host.web.ConsoleClient.token;
import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.Product;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.csv.ProductCsvImporter;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product sheet over HTTP: the product master's own fields edited by the import's rules, the
 * gross price beside the net one, and the image served by SKU only.
 */
class ProductSheetHttpTest {

    @TempDir
    Path dir;

    private Host host;
    private WebConsole console;
    private byte[] png;
    private ConsoleClient client;

    @BeforeEach
    void start() throws IOException {
        HostFixture fixture = HostFixture.withoutPlugins(dir);
        Path shop = Files.createDirectories(dir.resolve("shop"));
        png = Files.readAllBytes(HostFixture.repositoryRoot().resolve("testdata/woocommerce/images/red.png"));
        Files.write(shop.resolve("bogre.png"), png);
        Files.writeString(shop.resolve("products.csv"), "sku,name,unit,net_price,vat_rate,category,image\n"
                + "BOG-1,Bögre,db,1000,27,Konyha,bogre.png\n"
                + "TAL-2,Tányér,db,500,5,,\n", StandardCharsets.UTF_8);
        assertThat(fixture.run("products", "import", shop.resolve("products.csv").toString()).exitCode()).isZero();
        host = fixture.openHost();
        console = WebConsole.start(host, ConsoleOptions.loopbackOnFreePort());
        client = new ConsoleClient(console);
    }

    @AfterEach
    void stop() {
        console.close();
        host.close();
    }

    @Test
    void listAndSheetShowTheGrossPriceAndAThumbnailNotAPath() throws Exception {
        String list = get("/products", null).body();
        String sheet = get("/product?sku=BOG-1", null).body();

        assertThat(list).contains("1\u00a0270\u00a0Ft", "525\u00a0Ft", "<img src=\"/product/image?sku=BOG-1\"");
        assertThat(sheet).contains("id=\"gross\"", "1\u00a0270\u00a0Ft", "<img src=\"/product/image?sku=BOG-1\"");
        assertThat(sheet).as("the server's folders stay on the server").doesNotContain(dir.toString());
    }

    @Test
    void theImageIsServedByProductOnlyAndNeverByPath() throws Exception {
        HttpResponse<byte[]> image = getBytes("/product/image?sku=BOG-1");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(image.body()).isEqualTo(png);

        assertThat(getBytes("/product/image?sku=TAL-2").statusCode()).as("no image").isEqualTo(404);
        assertThat(getBytes("/product/image?sku=NOPE").statusCode()).isEqualTo(404);
        assertThat(getBytes("/product/image?sku=../../etc/passwd").statusCode()).isEqualTo(404);
        assertThat(getBytes("/product/image?file=" + enc(dir.resolve("shop/bogre.png").toString())).statusCode())
                .isEqualTo(404);
        assertThat(getBytes("/product/image/../../shop/bogre.png").statusCode()).isEqualTo(404);
    }

    @Test
    void theSheetEditsTheProductsOwnFieldsAndRefusesBadValuesKeepingWhatWasTyped() throws Exception {
        HttpResponse<String> page = get("/product?sku=BOG-1", null);
        String cookie = sessionCookie(page);
        String csrf = token(page);

        HttpResponse<String> saved = post("/product/edit", "sku=BOG-1&csrf=" + csrf + "&name=" + enc("Bögre nagy")
                + "&unit=db&net_price=" + enc("2 000,00 Ft") + "&vat_rate=18&category=" + enc("Konyha / Bögrék")
                + "&note=" + enc("első sor\r\nmásodik sor"), cookie);

        assertThat(saved.statusCode()).isEqualTo(303);
        Product bogre = host.services().products().bySku("BOG-1").orElseThrow();
        assertThat(bogre.name()).isEqualTo("Bögre nagy");
        assertThat(bogre.netPrice()).isEqualByComparingTo("2000");
        assertThat(bogre.vatRate().code()).isEqualTo("18");
        assertThat(bogre.firstCategory()).contains("Konyha/Bögrék");
        assertThat(bogre.note()).isEqualTo("első sor\nmásodik sor");
        assertThat(bogre.image()).as("the image stays").isPresent();
        assertThat(get("/product?sku=BOG-1", cookie).body()).contains("2\u00a0360\u00a0Ft");

        HttpResponse<String> refused = post("/product/edit", "sku=BOG-1&csrf=" + csrf + "&name=" + "N".repeat(501)
                + "&unit=db&net_price=1e999999999&vat_rate=18&category=&note=", cookie);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Túl hosszú (501/500 karakter).", "Nem szám: „1e999999999”",
                "value=\"1e999999999\"");
        assertThat(host.services().products().bySku("BOG-1").orElseThrow().name())
                .as("nothing of a refused form is stored").isEqualTo("Bögre nagy");
        assertThat(post("/product/edit", "sku=BOG-1&name=X", cookie).statusCode()).as("CSRF").isEqualTo(403);
    }

    @Test
    void theSearchIsPagedOverACatalogLargerThanAPage() throws Exception {
        StringBuilder csv = new StringBuilder("sku,name,net_price,vat_rate\n");
        for (int i = 0; i < 1_200; i++) {
            csv.append(String.format("L%04d,Lámpa %d,100,27%n", i, i));
        }
        Path file = Files.writeString(dir.resolve("lamps.csv"), csv);
        new ProductCsvImporter(host.database(), host.config().clock()).importFile(file);

        String first = get("/products?q=" + enc("LÁMPA"), null).body();
        String second = get(nextPage(first), null).body();
        String third = get(nextPage(second), null).body();

        // counts are grouped as the reader's language does: 1 200 with a no-break space in Hungarian
        assertThat(first).containsPattern("1\\W200 termék, ezen az oldalon 500").contains(">L0000<", ">L0499<")
                .doesNotContain(">L0500<",
                "BOG-1", "id=\"first-page\"");
        assertThat(second).contains(">L0500<", ">L0999<", "id=\"first-page\"").doesNotContain(">L0499<", ">L1000<");
        assertThat(third).contains(">L1000<", ">L1199<").containsPattern("1\\W200 termék, ezen az oldalon 200")
                .doesNotContain("id=\"next-page\"");
        assertThat(get("/products?q=" + enc("lámpa 11"), null).body())
                .as("11, 110-119 and 1100-1199, the last beyond the first thousand rows").contains("111 termék", ">L1199<")
                .doesNotContain("next-page", ">L1200<");
        assertThat(get("/products", null).body()).containsPattern("1\\W202 termék, ezen az oldalon 500").contains(">BOG-1<");
    }

    /** The next page link's address, as a browser reads it from the attribute. */
    private static String nextPage(String page) {
        Matcher next = Pattern.compile("<a href=\"([^\"]+)\" id=\"next-page\"").matcher(page);
        assertThat(next.find()).as("a next page link").isTrue();
        return next.group(1).replace("&amp;", "&");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        return client.get(path, cookie);
    }

    private HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.getBytes(path);
    }

    private HttpResponse<String> post(String path, String form, String cookie) throws IOException, InterruptedException {
        return client.post(path, form, cookie);
    }
}
