package hu.webshopsync.webshop.products;

import static hu.webshopsync.webshop.fixtures.InMemoryHost.product;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.withCategory;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.withImage;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.withNote;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Caffeine;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.webshop.categories.CategoryResolver;
import hu.webshopsync.webshop.fixtures.FakeCategoryShop;
import hu.webshopsync.webshop.fixtures.FakeMediaShop;
import hu.webshopsync.webshop.fixtures.FakeProductShop;
import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import hu.webshopsync.webshop.images.ImageInspector;
import hu.webshopsync.webshop.images.ImageResolver;
import hu.webshopsync.webshop.settings.SyncField;
import hu.webshopsync.webshop.text.Messages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@code syncFields}: the sync writes the fields the ERP owns and leaves the shop's own alone. */
class SyncFieldsTest {

    private static final Path IMAGE = Path.of("src/test/resources/images/red.png");
    private static final Set<SyncField> PRICE_AND_STOCK = EnumSet.of(SyncField.PRICE, SyncField.STOCK);

    private final InMemoryHost host = new InMemoryHost();
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final FakeProductShop shop = new FakeProductShop();
    private final FakeMediaShop media = new FakeMediaShop();
    private final Messages messages = new Messages(Messages.BASE_NAME, getClass().getClassLoader());

    SyncFieldsTest() {
        host.stock.put("KÖZPONT", new HashMap<>());
        host.stock.get("KÖZPONT").put("A", new StockLevel(BigDecimal.TEN, BigDecimal.ONE));
        host.add(rich("Alma", "1000"));
    }

    private static Product rich(String name, String net) {
        return withImage(withNote(withCategory(product("A", name, net, "27", true), "Gyümölcs"), "Friss alma"), IMAGE);
    }

    private SyncReport run(Set<SyncField> owned) {
        ProductSync sync = new ProductSync(shop, new CategoryResolver(new FakeCategoryShop(),
                Caffeine.newBuilder().executor(Runnable::run).build()),
                new ImageResolver(new ImageInspector(5_000_000), media, state, false),
                new SyncOptions(Optional.of("KÖZPONT"), Map.of("27", ""), false, 1, 500, 100, 1_500_000, owned),
                messages, Clock.systemUTC());
        return sync.run(host.context(state, Set.of(), Map.of(), new AtomicBoolean()));
    }

    private ProductShop.ProductWrite lastWrite() {
        List<ProductShop.ProductWrite> batch = shop.batches.get(shop.batches.size() - 1);
        return batch.get(batch.size() - 1);
    }

    @Test
    void aNewProductGetsItsNameAndTheOwnedFieldsOnly() {
        assertThat(run(PRICE_AND_STOCK).count(ItemStatus.CREATED)).isEqualTo(1);

        assertThat(lastWrite().payload())
                .isEqualTo(new ProductPayload("Alma", "1270", "", null, null, 9L, null, "publish"));
        assertThat(media.uploads).as("an image the shop owns is not uploaded").isEmpty();
    }

    @Test
    void editingAFieldTheShopOwnsCostsNoRequestAndAnOwnedOneSendsOnlyOwnedFields() {
        run(PRICE_AND_STOCK);
        host.add(withNote(rich("Piros alma", "1000"), "Új leírás"));

        assertThat(run(PRICE_AND_STOCK).count(ItemStatus.UNCHANGED)).isEqualTo(1);
        assertThat(shop.writeRequests()).isEqualTo(1);

        host.add(rich("Piros alma", "2000"));
        assertThat(run(PRICE_AND_STOCK).count(ItemStatus.UPDATED)).isEqualTo(1);
        assertThat(lastWrite().payload())
                .isEqualTo(new ProductPayload(null, "2540", "", null, null, 9L, null, "publish"));
        assertThat(shop.bySku("A").payload.name()).isEqualTo("Alma");
    }

    @Test
    void takingAFieldBackTakesEffectOnTheNextRunWithoutFull() {
        run(PRICE_AND_STOCK);
        host.add(rich("Piros alma", "1000"));

        SyncReport widened = run(EnumSet.allOf(SyncField.class));

        assertThat(widened.count(ItemStatus.UPDATED)).isEqualTo(1);
        assertThat(lastWrite().payload().name()).isEqualTo("Piros alma");
        assertThat(lastWrite().payload().description()).contains("Friss alma");
        assertThat(media.uploads).hasSize(1);
        assertThat(run(EnumSet.allOf(SyncField.class)).count(ItemStatus.UNCHANGED)).isEqualTo(1);
    }

    @Test
    void everyFieldOwnedHashesAsBefore() {
        run(EnumSet.allOf(SyncField.class));
        String stored = state.binding(ProductSync.KIND, "A").contentHash();
        ProductIntent intent = new IntentBuilder(PriceCalculator.forCurrency(PriceMode.GROSS, "HUF"), Map.of("27", ""))
                .intent(host.products.get("A"), new StockLevel(BigDecimal.TEN, BigDecimal.ONE),
                        new ImageIntent.Show(mediaId()));

        assertThat(new PayloadHasher().hash(intent.owning(EnumSet.allOf(SyncField.class))))
                .isEqualTo(new PayloadHasher().hash(intent)).isEqualTo(stored);
    }

    @Test
    void aProductDeletedInTheShopIsCreatedAgainWithAName() {
        run(PRICE_AND_STOCK);
        shop.byId.clear();
        host.add(rich("Alma", "2000"));

        SyncReport again = run(PRICE_AND_STOCK);

        assertThat(again.count(ItemStatus.CREATED)).as(again.items().toString()).isEqualTo(1);
        assertThat(shop.bySku("A").payload.name()).isEqualTo("Alma");
        assertThat(shop.bySku("A").payload.description()).isNull();
    }

    private long mediaId() {
        return Long.parseLong(state.binding(ImageResolver.KIND, "A").remoteId());
    }
}
