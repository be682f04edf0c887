package hu.webshopsync.host.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The demo's product master: a small Hungarian household shop with nested categories, two
 * warehouses, VAT rates 27/18/5, notes with accents and line breaks, and the cases the sync reports
 * (a GIF image, a product without category, products not sold online, service items for orders).
 */
final class SampleCatalog {

    /** The warehouse the webshop module sells from. */
    static final String MAIN_WAREHOUSE = "KÖZPONT";
    /** The shop counter's warehouse. */
    static final String STORE_WAREHOUSE = "BOLT";

    /** The SKU of the product whose note carries HTML tags, to show that they are escaped. */
    static final String HTML_NOTE_SKU = "KONY-002";
    /** The SKU of the product with a GIF image, which the shop may not get. */
    static final String GIF_SKU = "JATEK-006";
    /** The SKU of the product without a category. */
    static final String NO_CATEGORY_SKU = "EGYEB-001";

    private SampleCatalog() {
    }

    /** How a product's picture is stored. */
    enum ImageKind {
        /** A JPEG file. */
        JPG,
        /** A PNG file. */
        PNG,
        /** A GIF file, which the ERP's rules do not allow for the shop. */
        GIF,
        /** No picture. */
        NONE;

        String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One product of the sample master.
     *
     * @param sku      the SKU
     * @param name     the name
     * @param gross    the gross price the customer sees, in forints
     * @param vat      the VAT rate in percent
     * @param unit     the unit
     * @param category the category path, {@code /}-separated, or empty
     * @param note     the note (the shop's description)
     * @param image    the picture
     * @param webshop  whether it is sold in the webshop (Webáruházas)
     * @param central  stock in KÖZPONT, or {@code null} for a service item
     * @param store    stock in BOLT, or {@code null} for a service item
     */
    record SampleProduct(String sku, String name, int gross, int vat, String unit, String category, String note,
                         ImageKind image, boolean webshop, Integer central, Integer store) {

        /** The net price that gives {@link #gross} after VAT, to two decimals. */
        BigDecimal net() {
            return BigDecimal.valueOf(gross).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(100L + vat), 2, RoundingMode.HALF_UP);
        }
    }

    private static SampleProduct item(String sku, String name, int gross, int vat, String category,
                                      ImageKind image, boolean webshop, int central, int store, String note) {
        return new SampleProduct(sku, name, gross, vat, "db", category, note, image, webshop, central, store);
    }

    private static SampleProduct service(String sku, String name, int gross) {
        return new SampleProduct(sku, name, gross, 27, "db", "", "", ImageKind.NONE, false, null, null);
    }

    /**
     * The products, in import order.
     *
     * @return the products
     */
    static List<SampleProduct> products() {
        String kitchen = "Háztartás/Konyha";
        String baking = "Háztartás/Konyha/Sütés";
        String bathroom = "Háztartás/Fürdőszoba";
        String bakery = "Élelmiszer/Pékáru";
        String garden = "Kert";
        String tShirts = "Ruházat/Pólók";
        String toys = "Játék";
        String books = "Könyv";
        ImageKind jpg = ImageKind.JPG;
        ImageKind png = ImageKind.PNG;
        return List.of(
                item("KONY-001", "Öntöttvas serpenyő 28 cm", 11990, 27, kitchen, jpg, true, 12, 3,
                        "Előkezelt öntöttvas, egyenletes hőelosztás.\nIndukciós főzőlapon is használható."),
                item(HTML_NOTE_SKU, "Kerámia bögre „Reggeli kávé” 3 dl", 1990, 27, kitchen, jpg, true, 40, 10,
                        "<b>Újdonság!</b> Kézzel festett mázas kerámia.\nMosogatógépben mosható."),
                item("KONY-003", "Fakanál készlet (3 db)", 1590, 27, kitchen, jpg, true, 25, 5,
                        "Bükkfa, olajozott felület."),
                item("KONY-004", "Üveg ételtároló doboz 1,2 l", 2990, 27, kitchen, jpg, true, 30, 6,
                        "Hőálló boroszilikát üveg, légmentes fedő.\n\nMikrohullámú sütőben fedő nélkül használja."),
                item("KONY-005", "Rozsdamentes vízforraló 1,7 l", 9990, 27, kitchen, jpg, true, 8, 2,
                        "2200 W, vízkőszűrővel."),
                item("KONY-006", "Késtartó blokk, bükkfa", 6990, 27, kitchen, jpg, true, 6, 1,
                        "Öt késnek, csúszásmentes talppal."),
                item("KONY-007", "Szilikon kuglófforma", 2490, 27, baking, png, true, 18, 4,
                        "Hőálló –40 °C és 230 °C között."),
                item("KONY-008", "Kézi kávéőrlő", 7990, 27, baking, jpg, true, 5, 0,
                        "Kerámia őrlőkő, állítható finomság."),
                item("FURD-001", "Pamut fürdőlepedő 70×140 cm", 5990, 27, bathroom, jpg, true, 20, 8,
                        "100% pamut, 500 g/m².\nSzínei: fehér, szürke, mentazöld."),
                item("FURD-002", "Bambusz fogkefetartó", 1490, 27, bathroom, png, true, 15, 5,
                        "Természetes bambusz."),
                item("FURD-003", "Csúszásgátló kádszőnyeg", 3990, 27, bathroom, jpg, true, 10, 2,
                        "Tapadókorongos, gépben mosható."),
                item("FURD-004", "Levendulás kézműves szappan 100 g", 1290, 27, bathroom, png, true, 50, 20,
                        "Hidegen sajtolt, tihanyi levendulával."),
                item("PEK-001", "Kakaós csiga", 390, 18, bakery, jpg, true, 30, 30,
                        "Friss, vajas tésztából."),
                item("PEK-002", "Teljes kiőrlésű kenyér 500 g", 890, 18, bakery, jpg, true, 20, 20,
                        "Kovásszal, tartósítószer nélkül."),
                item("PEK-003", "Túrós pogácsa (10 db)", 1490, 18, bakery, jpg, false, 0, 15,
                        "Csak a boltban kapható, naponta sütjük."),
                item("KONYV-001", "Kertészkedés kezdőknek", 4990, 5, books, jpg, true, 9, 3,
                        "Puha kötés, 240 oldal, színes képekkel."),
                item("KONYV-002", "Magyar népmesék", 3490, 5, books, jpg, true, 14, 4,
                        "Válogatás, illusztrált kiadás."),
                item("KONYV-003", "Kalocsai hímzésminták", 2990, 5, books, png, true, 7, 1,
                        "Mintaívvel."),
                item("KERT-001", "Metszőolló", 4490, 27, garden, jpg, true, 16, 4,
                        "Mellévágó, edzett acél pengével."),
                item("KERT-002", "Locsolókanna 10 l", 2990, 27, garden, png, true, 11, 3,
                        "UV-álló műanyag, levehető rózsafejjel."),
                item("KERT-003", "Virágföld 50 l", 2490, 27, garden, jpg, false, 40, 25,
                        "Nehéz áru: csak személyes átvétellel."),
                item("KERT-004", "Kerti kesztyű (M)", 1290, 27, garden, jpg, true, 35, 10,
                        "Latex bevonatú tenyér."),
                item("KERT-005", "Fűmag, árnyéktűrő 1 kg", 3290, 27, garden, png, true, 22, 6,
                        "Kb. 40 m²-re elegendő."),
                item("KERT-006", "Napelemes kerti lámpa", 3990, 27, garden, jpg, true, 13, 2,
                        "Alkonykapcsolóval, 8 óra világítás."),
                item("POLO-001", "Pamut póló, fehér (M)", 3990, 27, tShirts, png, true, 24, 6,
                        "100% biopamut.\nMosás 40 °C-on."),
                item("POLO-002", "Pamut póló, fekete (L)", 3990, 27, tShirts, png, true, 19, 5,
                        "100% biopamut.\nMosás 40 °C-on."),
                item("POLO-003", "Gyerek póló „Balaton” (128)", 2990, 27, tShirts, png, true, 12, 4,
                        "Vitorlás mintával."),
                item("POLO-004", "Galléros póló, sötétkék (XL)", 6990, 27, tShirts, jpg, true, 8, 2,
                        "Piké anyag."),
                item("JATEK-001", "Fa építőkocka (50 db)", 6490, 27, toys, png, true, 9, 3,
                        "Festett bükkfa, 3 éves kortól."),
                item("JATEK-002", "Társasjáték „Honfoglaló”", 8990, 27, toys, jpg, true, 7, 2,
                        "2–4 játékos, 10 éves kortól."),
                item("JATEK-003", "Plüss mackó 30 cm", 4990, 27, toys, png, true, 14, 5,
                        "Mosható, puha plüss."),
                item("JATEK-004", "Kirakó 1000 db – Budapest", 4490, 27, toys, jpg, true, 10, 2,
                        "A Lánchíd éjszakai fényben."),
                item("JATEK-005", "Ugrókötél, fa fogantyúval", 1990, 27, toys, png, true, 21, 6,
                        "Állítható hossz."),
                item(GIF_SKU, "Fa pörgettyű", 990, 27, toys, ImageKind.GIF, true, 30, 10,
                        "A képe GIF: ezt a webáruház nem kapja meg."),
                item(NO_CATEGORY_SKU, "Vászon bevásárlótáska", 1990, 27, "", jpg, true, 26, 8,
                        "Kategória nélkül: a boltban besorolatlan lesz."),
                item("EGYEB-002", "Ajándékcsomagolás", 490, 27, "", ImageKind.NONE, false, 100, 100,
                        "Csak a boltban."),
                service("SZALLITAS", "Szállítási díj", 1490),
                service("KEZELESI-DIJ", "Utánvét kezelési díj", 390),
                service("KEDVEZMENY", "Kedvezmény", 0));
    }
}
