package hu.webshopsync.webshop.images;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.Binding;
import hu.webshopsync.webshop.fixtures.FakeMediaShop;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Uploads are safe to repeat: an answer lost after WordPress stored the image, or a run killed
 * after sending it, leads to the stored media item being found and adopted, never to a second copy.
 */
class ImageResolverTest {

    private static final Path RED = Path.of("src/test/resources/images/red.png");

    private final InMemoryStateStore state = new InMemoryStateStore();
    private final FakeMediaShop media = new FakeMediaShop();

    private ImageDecision decide(String sku, Binding mediaBinding) {
        ImageResolver resolver = new ImageResolver(new ImageInspector(5_000_000), media, state, false);
        Map<String, ImageDecision> decisions = resolver.decideAll(
                List.of(new ImageResolver.Request(sku, Optional.of(RED), mediaBinding)), null, 1);
        return decisions.get(sku);
    }

    private static long usedId(ImageDecision decision) {
        assertThat(decision).isInstanceOf(ImageDecision.Use.class);
        return ((ImageDecision.Use) decision).mediaId();
    }

    @Test
    void aLostUploadAnswerIsFoundBySearchAndAdoptedWithoutASecondUpload() {
        media.loseAnswers = 1;

        long id = usedId(decide("Á-1", null));

        assertThat(media.attempts()).isEqualTo(1);
        assertThat(media.stored()).hasSize(1);
        assertThat(id).isEqualTo(media.stored().get(0).id());
        assertThat(media.uploads.get(0)).matches("A-1-[0-9a-f]{16}\\.png:PNG");
        assertThat(usedId(decide("Á-1", null))).as("a rerun before the binding was saved").isEqualTo(id);
        assertThat(media.attempts()).isEqualTo(1);
    }

    @Test
    void whenTheSearchFailsTooTheNextRunSearchesFirstAndAdopts() {
        media.loseAnswers = 1;
        media.failSearches = 1;

        ImageDecision first = decide("A-1", null);
        assertThat(first).isInstanceOf(ImageDecision.Untouched.class);
        assertThat(state.binding(ImageResolver.INTENT_KIND, "A-1").contentHash()).hasSize(64);

        long id = usedId(decide("A-1", null));

        assertThat(media.attempts()).as("uploads").isEqualTo(1);
        assertThat(media.stored()).extracting(MediaShop.Found::id).containsExactly(id);
    }

    @Test
    void anIntentLeftByAKilledRunWithNothingStoredLeadsToOneUpload() {
        usedId(decide("A-1", null));
        Binding intent = state.binding(ImageResolver.INTENT_KIND, "A-1");
        FakeMediaShop fresh = new FakeMediaShop();
        ImageResolver resolver = new ImageResolver(new ImageInspector(5_000_000), fresh, state, false);

        ImageDecision decision = resolver.decideAll(
                List.of(new ImageResolver.Request("A-1", Optional.of(RED), null)), null, 1).get("A-1");

        assertThat(decision).isInstanceOf(ImageDecision.Use.class);
        assertThat(fresh.searches()).as("searched before sending").isEqualTo(1);
        assertThat(fresh.attempts()).isEqualTo(1);
        assertThat(state.binding(ImageResolver.INTENT_KIND, "A-1")).isEqualTo(intent);
    }

    @Test
    void anUploadIsSentOnlyAfterItsIntentIsStored() {
        FakeMediaShop checking = new FakeMediaShop();
        List<String> intentsSeen = new java.util.ArrayList<>();
        checking.onUpload = filename -> intentsSeen.add(
                state.binding(ImageResolver.INTENT_KIND, "A-1").extra() + " for " + filename);
        ImageResolver resolver = new ImageResolver(new ImageInspector(5_000_000), checking, state, false);

        resolver.decideAll(List.of(new ImageResolver.Request("A-1", Optional.of(RED), null)), null, 1);

        assertThat(checking.uploads).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("A-1-");
        String filename = checking.uploads.get(0).replace(":PNG", "");
        assertThat(intentsSeen).containsExactly(filename + " for " + filename);
        assertThat(checking.searches()).as("a first upload does not search").isZero();
    }

    @Test
    void theMatchIsTheUploadsOwnNameAsWordPressSanitisedIt() {
        MediaName name = new MediaName("ARV.turo-1", "0123456789abcdef", ImageType.JPEG);
        MediaShop.Found other = new MediaShop.Found(5, "masik-0123456789abcdef", "masik-0123456789abcdef",
                "https://shop/wp-content/uploads/2026/11/masik-0123456789abcdef.jpg");
        MediaShop.Found own = new MediaShop.Found(9, "arv-turo-1-0123456789abcdef-2", "ARV.turo-1-0123456789abcdef-2",
                "https://shop/wp-content/uploads/2026/11/ARV.turo-1-0123456789abcdef-2.jpg");
        MediaShop.Found unrelated = new MediaShop.Found(3, "arv-turo-1", "ARV.turo-1",
                "https://shop/wp-content/uploads/2026/11/ARV.turo-1.jpg");

        assertThat(name.filename()).isEqualTo("ARV.turo-1-0123456789abcdef.jpg");
        assertThat(name.pick(List.of(other, own, unrelated))).contains(9L);
        assertThat(name.pick(List.of(other, unrelated))).as("the same picture of another product").contains(5L);
        assertThat(name.pick(List.of(unrelated))).isEmpty();
    }
}
