package hu.webshopsync.host.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up but realistic Hungarian shop catalog, computed from the product's index so that no
 * product needs to be held in memory: the same index always gives the same product. 50 categories,
 * 10 main groups each with 4 subgroups ({@code Kert/Öntözés}); names, notes and prices vary.
 */
final class CatalogModel {

    static final String WAREHOUSE = "KP";
    static final String SHIPPING_SKU = "SZALLITAS";

    private static final String[] GROUPS = {"Kert", "Barkács", "Konyha", "Fürdőszoba", "Világítás",
            "Irodaszer", "Játék", "Sport", "Autó", "Állatfelszerelés"};
    private static final String[][] SUBGROUPS = {
            {"Öntözés", "Kerti bútor", "Kéziszerszám", "Növényvédelem"},
            {"Fúrógép", "Csavarhúzó", "Festék", "Rögzítéstechnika"},
            {"Edény", "Evőeszköz", "Kisgép", "Tárolás"},
            {"Törölköző", "Csaptelep", "Zuhany", "Kiegészítő"},
            {"Izzó", "Lámpatest", "Kültéri lámpa", "LED szalag"},
            {"Papír", "Íróeszköz", "Iratrendező", "Nyomtató kellék"},
            {"Társasjáték", "Építőjáték", "Plüss", "Kreatív"},
            {"Kerékpár", "Fitnesz", "Túra", "Labdasport"},
            {"Autóápolás", "Autós kiegészítő", "Gumiabroncs", "Olaj"},
            {"Kutya", "Macska", "Akvárium", "Madár"}};
    private static final String[] ADJECTIVES = {"Prémium", "Strapabíró", "Könnyű", "Összecsukható", "Vízálló",
            "Gyerekbarát", "Energiatakarékos", "Csúszásmentes", "Ergonomikus", "Klasszikus", "Öntapadós",
            "Rozsdamentes", "Újrahasznosított", "Hőálló", "Kompakt"};
    private static final String[] NOUNS = {"öntözőkanna", "ütvefúró", "serpenyő", "fürdőlepedő", "asztali lámpa",
            "golyóstoll", "kirakós", "túrabakancs", "mikroszálas kendő", "kutyapóráz", "kerti szék", "csavarkészlet",
            "vágódeszka", "zuhanyfej", "függőlámpa", "iratgyűjtő", "építőkocka", "jógamatrac", "ablakmosó folyadék",
            "macskaalom", "metszőolló", "falfesték", "tésztaszűrő", "szappantartó", "lámpaernyő", "jegyzetfüzet"};
    private static final String[] COLOURS = {"piros", "kék", "zöld", "fekete", "fehér", "szürke", "sárga", "bordó"};
    private static final String[] SIZES = {"S", "M", "L", "XL", "30 cm", "45 cm", "1 l", "2,5 l", "500 g", "10 db"};
    private static final String[] FEATURES = {"Hosszú élettartam, 2 év garancia.", "Mosogatógépben mosható.",
            "Gyártó: Magyarország.", "Kültéri használatra is alkalmas.", "BPA-mentes anyagból.",
            "Könnyen tisztítható felület.", "Csomagolás: újrahasznosítható karton.", "Cserélhető alkatrészekkel."};
    private static final String[] VAT = {"27", "27", "27", "27", "27", "27", "18", "5"};

    private final long seed;

    CatalogModel(long seed) {
        this.seed = seed;
    }

    /** The product at an index, at its original price. */
    record Item(String sku, String name, BigDecimal netPrice, String vatCode, String note, String category,
                int stock) {
    }

    static String sku(int index) {
        return String.format("TRM-%06d", index + 1);
    }

    Item item(int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        String adjective = ADJECTIVES[r.nextInt(ADJECTIVES.length)];
        String noun = NOUNS[r.nextInt(NOUNS.length)];
        String colour = COLOURS[r.nextInt(COLOURS.length)];
        String size = SIZES[r.nextInt(SIZES.length)];
        String name = adjective + " " + noun + ", " + colour + ", " + size + " #" + (index + 1);
        long netFt = 190 + r.nextInt(2_000) * 50L;
        String note = adjective + " " + noun + " " + colour + " színben, " + size + " méretben.\n"
                + FEATURES[r.nextInt(FEATURES.length)] + " " + FEATURES[r.nextInt(FEATURES.length)];
        return new Item(sku(index), name, BigDecimal.valueOf(netFt), VAT[r.nextInt(VAT.length)], note,
                category(index), r.nextInt(250));
    }

    /** A changed price for the delta scenario: 5% more, rounded to whole forints. */
    static BigDecimal raised(BigDecimal price) {
        return price.multiply(new BigDecimal("1.05")).setScale(0, java.math.RoundingMode.HALF_UP);
    }

    /** One product in five sits in a main group, the rest in a subgroup: both levels carry products. */
    static String category(int index) {
        int group = index % GROUPS.length;
        int sub = (index / GROUPS.length) % (SUBGROUPS[group].length + 1);
        return sub == SUBGROUPS[group].length ? GROUPS[group] : GROUPS[group] + "/" + SUBGROUPS[group][sub];
    }

    /** All category paths, parents first. */
    static List<String> categories() {
        List<String> all = new ArrayList<>();
        for (int g = 0; g < GROUPS.length; g++) {
            all.add(GROUPS[g]);
        }
        for (int g = 0; g < GROUPS.length; g++) {
            for (String sub : SUBGROUPS[g]) {
                all.add(GROUPS[g] + "/" + sub);
            }
        }
        return all;
    }

    /** Nesting levels of {@link #categories()}. */
    static int categoryLevels() {
        return 2;
    }
}
