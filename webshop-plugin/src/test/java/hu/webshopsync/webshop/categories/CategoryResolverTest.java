package hu.webshopsync.webshop.categories;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import hu.webshopsync.webshop.fixtures.FakeCategoryShop;
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
}
