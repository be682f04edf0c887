package hu.webshopsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The media list answers {@code search} like WordPress: the text anywhere in the title, slug or file name. */
class MediaApiTest {

    private static final String MEDIA = "/wp-json/wp/v2/media";
    private final ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults());
    private final TestHttp wp = new TestHttp(shop.baseUrl()).basic("shop-admin", "demo app password");

    @AfterEach
    void close() {
        shop.close();
    }

    private JsonNode upload(String filename) throws IOException {
        byte[] png = Files.readAllBytes(Captures.locate().image("red.png"));
        TestHttp.Resp r = wp.send("POST", MEDIA, png, "image/png", "Content-Disposition",
                "attachment; filename=\"" + filename + "\"");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static List<Long> ids(TestHttp.Resp r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }

    @Test
    void searchFindsTheTextInTheNameCaseInsensitivelyAndSanitisedNamesKeepIt() throws Exception {
        long first = upload("SKU.1-0123456789ABCDEF.png").get("id").asLong();
        JsonNode again = upload("SKU.1-0123456789ABCDEF.png");
        upload("other-fedcba9876543210.png");

        assertThat(again.get("slug").asText()).isEqualTo("sku-1-0123456789abcdef-2");
        assertThat(ids(wp.get(MEDIA + "?search=0123456789abcdef&media_type=image&per_page=100&orderby=id&order=asc")))
                .containsExactly(first, again.get("id").asLong());
        assertThat(ids(wp.get(MEDIA + "?search=0123456789ABCDEF&orderby=id&order=desc")))
                .containsExactly(again.get("id").asLong(), first);
        assertThat(ids(wp.get(MEDIA + "?search=ffff0000"))).isEmpty();
        assertThat(ids(wp.get(MEDIA + "?slug=sku-1-0123456789abcdef"))).containsExactly(first);
        assertThat(ids(wp.get(MEDIA + "?include=" + first))).containsExactly(first);
        assertThat(ids(wp.get(MEDIA + "?media_type=video"))).isEmpty();
        TestHttp.Resp paged = wp.get(MEDIA + "?per_page=2");
        assertThat(ids(paged)).hasSize(2);
        assertThat(paged.header("X-WP-Total")).isEqualTo("3");
        assertThat(wp.get(MEDIA + "?media_type=picture").json().get("code").asText()).isEqualTo("rest_invalid_param");
    }

    @Test
    void anUploadWhoseAnswerIsLostIsStoredAndFoundBySearch() throws Exception {
        shop.control().setFaults(List.of(FaultRule.commitThenReset("POST " + MEDIA).times(1)));
        byte[] png = Files.readAllBytes(Captures.locate().image("red.png"));
        try {
            wp.send("POST", MEDIA, png, "image/png", "Content-Disposition", "attachment; filename=\"a-1-00ff00ff00ff00ff.png\"");
        } catch (IOException expected) {
            // the connection is closed after the upload was stored
        }

        assertThat(shop.control().snapshot().media()).hasSize(1);
        assertThat(ids(wp.get(MEDIA + "?search=00ff00ff00ff00ff"))).containsExactly(shop.control().snapshot().media().get(0).id());
    }
}
