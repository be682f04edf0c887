package hu.webshopsync.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.host.HostFixture;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad product data on its way from the ERP to the shop. Rows the CSV import refuses are named with
 * line, SKU and reason; what the import takes but the shop should not get (images of other
 * formats, missing, empty or huge files) is reported per SKU while the product itself and every
 * other product still go; odd but sendable values (a 500-character name, HTML in the note, empty
 * category levels, fractional stock) arrive in a documented form. One shop and one ERP for all:
 * the cases do not touch each other.
 */
class BadProductInputIT {

    private static final String MEDIA = "POST /wp-json/wp/v2/media";
    private static final String LONG_NAME = ("Nagyon hosszú terméknév ").repeat(21).substring(0, 500);

    @TempDir
    Path dir;

    @Test
    void badRowsAreRefusedByLineAndSkuAndOddValuesReachTheShopAsDocumented() throws Exception {
        try (ReliabilityRig rig = ReliabilityRig.start(dir, 51)) {
            Path images = Files.createDirectories(dir.resolve("kepek"));
            Path shared = HostFixture.repositoryRoot().resolve("testdata/woocommerce/images");
            Files.copy(shared.resolve("blue.jpg"), images.resolve("jo.jpg"));
            Files.copy(shared.resolve("green.gif"), images.resolve("zold.gif"));
            Files.write(images.resolve("kep.bmp"), new byte[] {'B', 'M', 0x3A, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0});
            Files.write(images.resolve("kep.webp"), new byte[] {'R', 'I', 'F', 'F', 0x24, 0, 0, 0,
                    'W', 'E', 'B', 'P', 'V', 'P', '8', ' '});
            Files.writeString(images.resolve("szoveg.jpg"), "ez csak szöveg, nem kép\n");
            Files.createFile(images.resolve("ures.jpg"));
            try (RandomAccessFile huge = new RandomAccessFile(images.resolve("oriasi.jpg").toFile(), "rw")) {
                huge.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
                huge.setLength(50L * 1024 * 1024);
            }
            String csv = String.join("\n",
                    "sku,name,net_price,vat_rate,category,image,note,stock:FO,webshop",
                    ",Cikkszám nélkül,100,27,Kert,,,1,igen",                                  // 2
                    "B-DUP,Első példány,100,27,Kert,,,1,igen",                               // 3
                    "B-DUP,Második példány,200,27,Kert,,,1,igen",                            // 4
                    "B-NONAME,,100,27,Kert,,,1,igen",                                        // 5
                    "B-NEG,Negatív ár,-5,27,Kert,,,1,igen",                                  // 6
                    "B-NAN,Szöveges ár,száz,27,Kert,,,1,igen",                               // 7
                    "B-VAT,Rossz ÁFA,100,33,Kert,,,1,igen",                                  // 8
                    "B-NEGSTOCK,Negatív készlet,100,27,Kert,,,-3,igen",                      // 9
                    "B-LONG," + LONG_NAME + ",100,27,Kert,,,1,igen",                         // 10
                    "B-HTML,HTML megjegyzés,100,27,Kert,,\"<script>alert('x')</script> & <b>vastag</b>\",1,igen",
                    "B-OK,Jó kép,100,27,Kert,kepek/jo.jpg,,1,igen",
                    "B-GIF,GIF kép,100,27,Kert,kepek/zold.gif,,1,igen",
                    "B-BMP,BMP kép,100,27,Kert,kepek/kep.bmp,,1,igen",
                    "B-WEBP,WebP kép,100,27,Kert,kepek/kep.webp,,1,igen",
                    "B-TXT,Szöveg jpg néven,100,27,Kert,kepek/szoveg.jpg,,1,igen",
                    "B-MISSING,Hiányzó kép,100,27,Kert,kepek/nincs-ilyen.jpg,,1,igen",
                    "B-EMPTY,Üres kép,100,27,Kert,kepek/ures.jpg,,1,igen",
                    "B-HUGE,Óriási kép,100,27,Kert,kepek/oriasi.jpg,,1,igen",
                    "B-CAT,Üres kategóriaszint,100,27,/Kert//Szerszámok/,,,1,igen",
                    "B-STOCK,Tört készlet,100,27,Kert,,,3.7,igen") + "\n";

            HostFixture.CliRun imported = rig.importCsv("rossz.csv", csv);

            String report = imported.out() + imported.err();
            System.out.println("[reliability] bad CSV import: exit " + imported.exitCode() + "\n" + report);
            assertThat(report).contains("2. sor (-): hiányzik a cikkszám")
                    .contains("4. sor (B-DUP): a(z) B-DUP cikkszám már szerepelt a fájlban")
                    .contains("5. sor (B-NONAME): üres a megnevezés")
                    .contains("6. sor (B-NEG): a nettó ár negatív: -5")
                    .contains("7. sor (B-NAN): a nettó ár nem szám: „száz”")
                    .contains("8. sor (B-VAT): ismeretlen ÁFA-kulcs: „33”")
                    .contains("9. sor (B-NEGSTOCK): a készlet negatív: FO=-3");
            assertThat(rig.json("products", "list", "--json")).hasSize(13);
            HostFixture.CliRun negativeStock = rig.cli("stock", "set", "B-STOCK", "FO", "-1");
            System.out.println("[reliability] stock set -1: exit " + negativeStock.exitCode() + " "
                    + negativeStock.out() + negativeStock.err());
            assertThat(negativeStock.exitCode()).isNotZero();

            rig.activate("warehouse=FO");
            rig.shop().control().resetCounters();
            ReliabilityRig.ActionRun run = rig.run("webshop.product-sync");

            System.out.println("[reliability] odd products: exit " + run.exitCode() + " " + run.counts() + "\n" + run.printed());
            Map<String, String> warned = new HashMap<>();
            for (JsonNode item : rig.lastRunItems()) {
                if (item.get("status").asText().equals("created")) {
                    // every product the run created has its line; the warnings are what this test is about
                    continue;
                }
                warned.put(item.get("item").asText(), item.get("status").asText() + ": " + item.get("reason").asText());
            }
            System.out.println("[reliability] odd products, items: " + warned);
            // a picture that cannot go is a warning on its product; the product itself is on sale
            assertThat(run.exitCode()).as(run.printed()).isZero();
            assertThat(run.count("created")).isEqualTo(13);
            assertThat(warned.get("B-GIF")).startsWith("warning").contains("zold.gif").contains("GIF formátumú");
            assertThat(warned.get("B-BMP")).startsWith("warning").contains("kep.bmp").contains("BMP formátumú");
            assertThat(warned.get("B-WEBP")).startsWith("warning").contains("kep.webp").contains("WebP formátumú");
            assertThat(warned.get("B-TXT")).startsWith("warning").contains("szoveg.jpg nem kép");
            assertThat(warned.get("B-MISSING")).startsWith("warning").contains("nem található (nincs-ilyen.jpg)");
            assertThat(warned.get("B-EMPTY")).startsWith("warning").contains("üres (ures.jpg)");
            assertThat(warned.get("B-HUGE")).startsWith("warning").contains("túl nagy (oriasi.jpg: 52").contains("428").contains("800 bájt, legfeljebb 5");
            assertThat(warned).doesNotContainKeys("B-OK", "B-LONG", "B-HTML", "B-CAT", "B-STOCK");
            assertThat(rig.shop().control().counters().count(MEDIA)).as("only the good picture is uploaded").isEqualTo(1);

            ShopSnapshot shop = rig.snapshot();
            rig.assertNoDuplicateSku();
            assertThat(shop.products()).hasSize(13);
            assertThat(shop.productsBySku().get("B-OK").imageMediaIds()).hasSize(1);
            assertThat(shop.productsBySku().get("B-GIF").imageMediaIds()).isEmpty();
            // sent as is: the ERP holds at most 500 characters, WordPress's post_title takes them
            assertThat(shop.productsBySku().get("B-LONG").name()).isEqualTo(LONG_NAME.strip());
            String description = shop.productsBySku().get("B-HTML").description();
            assertThat(description).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;vastag&lt;/b&gt;")
                    .doesNotContain("<script>").doesNotContain("<b>");
            ShopSnapshot.Product tool = shop.productsBySku().get("B-CAT");
            assertThat(tool.categories()).extracting(ShopSnapshot.CategoryRef::name).containsExactly("Szerszámok");
            ShopSnapshot.Category tools = shop.categories().stream().filter(c -> c.id() == tool.categories().get(0).id())
                    .findFirst().orElseThrow();
            assertThat(shop.categories().stream().filter(c -> c.id() == tools.parent()).findFirst().orElseThrow().name())
                    .isEqualTo("Kert");
            assertThat(shop.categories().stream().filter(c -> c.name().isBlank())).isEmpty();
            assertThat(shop.productsBySku().get("B-STOCK").stockQuantity()).isEqualTo(3);

            rig.shop().control().resetCounters();
            ReliabilityRig.ActionRun again = rig.run("webshop.product-sync");
            assertThat(again.exitCode()).isZero();
            assertThat(rig.shop().control().counters().count("POST /wp-json/wc/v3/products/batch")).isZero();
            assertThat(rig.shop().control().counters().count(MEDIA)).isZero();
        }
    }
}
