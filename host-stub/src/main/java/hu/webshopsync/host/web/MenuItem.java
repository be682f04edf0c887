package hu.webshopsync.host.web;

/**
 * The console's menu, laid out like the ERP's: a section and its screens.
 */
enum MenuItem {
    /** Termékkezelés › Termékek. */
    PRODUCTS("menu.productManagement", "menu.products", "/products"),
    /** Értékesítés › Vevői rendelések. */
    ORDERS("menu.sales", "menu.orders", "/orders"),
    /** Értékesítés › Bemutató webáruház: in demo --serve only. */
    DEMO_SHOP("menu.sales", "menu.demoShop", "/demo-shop"),
    /** Karbantartás › Modulok. */
    MODULES("menu.maintenance", "menu.modules", "/modules"),
    /** Karbantartás › Szinkronizálási napló. */
    HISTORY("menu.maintenance", "menu.history", "/history");

    private final String sectionKey;
    private final String titleKey;
    private final String path;

    MenuItem(String sectionKey, String titleKey, String path) {
        this.sectionKey = sectionKey;
        this.titleKey = titleKey;
        this.path = path;
    }

    String sectionKey() {
        return sectionKey;
    }

    String titleKey() {
        return titleKey;
    }

    String path() {
        return path;
    }
}
