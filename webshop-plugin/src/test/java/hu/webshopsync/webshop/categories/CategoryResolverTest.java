package hu.webshopsync.webshop.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import hu.webshopsync.webshop.fixtures.FakeCategoryShop;
import hu.webshopsync.webshop.woocommerce.WooCommerceException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryResolverTest {

    private final FakeCategoryShop shop = new FakeCategoryShop();
    private final Cache<String, Long> cache = Caffeine.newBuilder().executor(Runnable::run).build();

    @Test
    void existingNestedCategoriesAreFoundByReadingTheShopOnce() {
        long ruhazat = shop.add("Ruházat", 0);
        long polok = shop.add("Pólók", ruhazat);
        shop.add("Ház &amp; kert", 0);
        shop.add("Pólók", 0);
        CategoryResolver resolver = new CategoryResolver(shop, cache);

        assertThat(resolver.resolve(CategoryPath.parse("Ruházat/Pólók"))).isEqualTo(polok);
        assertThat(resolver.resolve(CategoryPath.parse("Ház & kert"))).isNotZero();
        assertThat(resolver.resolve(CategoryPath.parse("ruházat"))).isEqualTo(ruhazat);
        assertThat(shop.pageReads).isEqualTo(2);
        assertThat(shop.creates).isZero();
    }

    @Test
    void missingLevelsAreCreatedTopDownUnderTheRightParent() {
        long ruhazat = shop.add("Ruházat", 0);
        CategoryResolver resolver = new CategoryResolver(shop, cache);

        long leaf = resolver.resolve(CategoryPath.parse("Ruházat/Férfi/Ingek"));

        var byId = shop.byId();
        assertThat(byId.get(leaf).name()).isEqualTo("Ingek");
        long ferfi = byId.get(leaf).parent();
        assertThat(byId.get(ferfi).name()).isEqualTo("Férfi");
        assertThat(byId.get(ferfi).parent()).isEqualTo(ruhazat);
        assertThat(shop.creates).isEqualTo(2);
    }

    @Test
    void aLaterRunUsesTheCacheWithoutAnyRequest() {
        new CategoryResolver(shop, cache).resolve(CategoryPath.parse("A/B"));
        int reads = shop.pageReads;
        int creates = shop.creates;

        new CategoryResolver(shop, cache).resolve(CategoryPath.parse("A/B"));

        assertThat(shop.pageReads).isEqualTo(reads);
        assertThat(shop.creates).isEqualTo(creates);
    }

    @Test
    void evictedCategoryIsFoundOrCreatedAgain() {
        CategoryResolver resolver = new CategoryResolver(shop, cache);
        long old = resolver.resolve(CategoryPath.parse("A"));
        shop.delete(old);

        resolver.evict(CategoryPath.parse("A"));
        long fresh = resolver.resolve(CategoryPath.parse("A"));

        assertThat(fresh).isNotEqualTo(old);
        assertThat(shop.byId()).containsKey(fresh);
    }

    @Test
    void missingCategoriesOfManyPathsAreCreatedInOneBatchPerLevel() {
        long kert = shop.add("Kert", 0);
        CategoryResolver resolver = new CategoryResolver(shop, cache);
        List<CategoryPath> paths = List.of(CategoryPath.parse("Kert/Öntözés"), CategoryPath.parse("Kert/Fűnyírók"),
                CategoryPath.parse("Szerszám/Fúrók"), CategoryPath.parse("Szerszám"), CategoryPath.parse("kert"),
                CategoryPath.parse("Festék/Belső/Falfesték"));

        resolver.createMissing(paths);

        assertThat(shop.batchRequests).isEqualTo(3);
        assertThat(shop.singleRequests).isZero();
        assertThat(shop.creates).isEqualTo(7);
        var byId = shop.byId();
        assertThat(byId.get(resolver.resolve(CategoryPath.parse("Kert/Öntözés"))).parent()).isEqualTo(kert);
        long szerszam = resolver.resolve(CategoryPath.parse("Szerszám"));
        assertThat(byId.get(resolver.resolve(CategoryPath.parse("Szerszám/Fúrók"))).parent()).isEqualTo(szerszam);
        long belso = byId.get(resolver.resolve(CategoryPath.parse("Festék/Belső/Falfesték"))).parent();
        assertThat(byId.get(belso).name()).isEqualTo("Belső");
        assertThat(resolver.resolve(CategoryPath.parse("kert"))).isEqualTo(kert);
        assertThat(shop.singleRequests).isZero();
        assertThat(shop.pageReads).isEqualTo(1);

        resolver.createMissing(paths);
        assertThat(shop.batchRequests).as("all known now").isEqualTo(3);
    }

    @Test
    void aCategoryTheBatchRefusedIsAskedForAloneAndItsReasonComesOut() {
        shop.refused.add("Rossz");
        CategoryResolver resolver = new CategoryResolver(shop, cache);

        resolver.createMissing(List.of(CategoryPath.parse("Jó/Rossz/Alatta"), CategoryPath.parse("Jó/Szép")));

        assertThat(shop.byId().get(resolver.resolve(CategoryPath.parse("Jó/Szép"))).name()).isEqualTo("Szép");
        assertThat(shop.singleRequests).isZero();
        assertThatThrownBy(() -> resolver.resolve(CategoryPath.parse("Jó/Rossz/Alatta")))
                .isInstanceOf(WooCommerceException.class).hasMessageContaining("invalid_term");
        assertThat(shop.singleRequests).isEqualTo(1);
        assertThat(shop.byId().values()).extracting(CategoryShop.ShopCategory::name).doesNotContain("Alatta");
    }
}
