package hu.webshopsync.host.demo;

import hu.webshopsync.host.text.Texts;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The webshop the demo syncs with: the in-process emulator, or a real shop the user named. The demo
 * reads back from it what a shop owner would look at in the shop's admin.
 */
interface DemoShop extends AutoCloseable {

    /**
     * Where the shop is, as the user reads it.
     *
     * @return its address
     */
    String url();

    /**
     * The {@code modules activate webshop} arguments that connect the module to this shop.
     *
     * @param warehouse the warehouse whose stock the shop shows
     * @return the {@code --set} arguments
     */
    List<String> moduleSettings(String warehouse);

    /**
     * Hides the shop's secrets in a text.
     *
     * @param text a message, e.g. a shop's answer
     * @return the text with each secret as {@code ****}
     */
    String redact(String text);

    /**
     * The demo's customers in this shop.
     *
     * @param texts the demo's texts, for the stories of their orders
     * @return the customers
     */
    ShopBuyers buyers(Texts texts);

    /**
     * Whether this is the in-process emulator.
     *
     * @return {@code true} for the emulator
     */
    boolean emulated();

    /**
     * The stock the shop shows, by SKU, for products whose stock it manages.
     *
     * @return stock by SKU
     * @throws IOException when the shop cannot be read
     */
    Map<String, Integer> stockBySku() throws IOException;

    /**
     * A product as the shop stores it.
     *
     * @param sku the SKU
     * @return the product, or empty when it is not there
     * @throws IOException when the shop cannot be read
     */
    Optional<ShopItem> product(String sku) throws IOException;

    /**
     * How much the shop holds.
     *
     * @return the totals
     * @throws IOException when the shop cannot be read
     */
    ShopTotals totals() throws IOException;

    @Override
    void close();

    /**
     * A product in the shop, as far as the demo shows it.
     *
     * @param description the description (HTML)
     * @param categories  the category names
     * @param images      how many images it has
     */
    record ShopItem(String description, List<String> categories, int images) {
    }

    /**
     * The shop's contents in numbers.
     *
     * @param products   products (not in the trash)
     * @param categories product categories
     * @param orders     orders
     * @param media      uploaded media items, or -1 when the shop does not tell
     */
    record ShopTotals(long products, long categories, long orders, long media) {
    }
}
