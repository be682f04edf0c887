package hu.webshopsync.emulator;

/** A product category (a {@code product_cat} term). */
record ShopCategory(long id, String name, String slug, long parent, String description, String display,
                    int menuOrder) {
}
