package hu.webshopsync.webshop.shoprenter;

/** The kinds of resource whose innerId → API id the adapter learns (see {@link SrShopCache}). */
final class SrIds {

    static final String PRODUCT = "product";
    static final String CATEGORY = "category";

    private SrIds() {
    }
}
