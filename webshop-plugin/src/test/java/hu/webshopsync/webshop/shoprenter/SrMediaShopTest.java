package hu.webshopsync.webshop.shoprenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.webshopsync.webshop.images.ImageFile;
import hu.webshopsync.webshop.images.ImageInspector;
import hu.webshopsync.webshop.images.MediaRefusedException;
import hu.webshopsync.webshop.images.MediaShop;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Images on Shoprenter: one file per content, named so that its id survives a restart. */
class SrMediaShopTest {

    private SrWire wire;

    /** The test JPEG, as the sync reads it. */
    static ImageFile jpeg() {
        return ((ImageInspector.Usable) new ImageInspector(1 << 20).inspect(Path.of("src/test/resources/images/blue.jpg")))
                .image();
    }

    @BeforeEach
    void start() {
        wire = new SrWire();
    }

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void theIdNamesTheFileAndTheFormat() {
        ImageFile jpeg = jpeg();
        ImageFile png = ((ImageInspector.Usable) new ImageInspector(1 << 20)
                .inspect(Path.of("src/test/resources/images/red.png"))).image();

        assertThat(SrMediaShop.idOf(jpeg)).isPositive();
        assertThat(SrMediaShop.filePath(SrMediaShop.idOf(jpeg)))
                .isEqualTo("product/webshopsync-" + jpeg.sha256().substring(0, 14) + ".jpg")
                .matches("product/[A-Za-z0-9_-]+\\.jpg");
        assertThat(SrMediaShop.idOf(png)).isPositive();
        assertThat(SrMediaShop.filePath(SrMediaShop.idOf(png)))
                .isEqualTo("product/webshopsync-" + png.sha256().substring(0, 14) + ".png");
    }

    @Test
    void aContentIsUploadedOnceAsBase64() {
        wire.server.stubFor(post(urlEqualTo("/api/files")).willReturn(aResponse().withStatus(204)));
        SrMediaShop media = new SrMediaShop(wire.client, wire.cache);

        long first = media.upload("AB-1.jpg", jpeg());
        long again = media.upload("OTHER.jpg", jpeg());

        assertThat(again).isEqualTo(first);
        wire.server.verify(1, postRequestedFor(urlEqualTo("/api/files")).withRequestBody(equalToJson(
                "{\"filePath\":\"" + SrMediaShop.filePath(first) + "\",\"type\":\"image\",\"attachment\":\""
                        + Base64.getEncoder().encodeToString(jpeg().bytes()) + "\"}")));
    }

    @Test
    void aRefusedUploadIsAMediaRefusal() {
        wire.server.stubFor(post(urlEqualTo("/api/files")).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"bad file name\"}")));

        assertThatThrownBy(() -> new SrMediaShop(wire.client, wire.cache).upload("x.jpg", jpeg()))
                .isInstanceOfSatisfying(MediaRefusedException.class,
                        e -> assertThat(e.serverMessage()).isEqualTo("bad file name"));
    }

    /** The token the sync searches for after an unclear upload: 16 hex digits of the content's SHA-256. */
    private static String token(ImageFile image) {
        return image.sha256().substring(0, 16);
    }

    private void stored(String path, byte[] bytes) {
        wire.server.stubFor(get(urlPathEqualTo("/api/files")).atPriority(1)
                .withQueryParam("filePath", equalTo(path))
                .willReturn(aResponse().withStatus(200).withBody("{\"filePath\":\"" + path
                        + "\",\"type\":\"image\",\"attachment\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}")));
    }

    @Test
    void aFileStoredDespiteALostAnswerIsFoundByItsPathAndNotSentAgain() {
        wire.server.stubFor(get(urlPathEqualTo("/api/files")).atPriority(5).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\":\"Resource not found!\"}")));
        wire.server.stubFor(post(urlEqualTo("/api/files")).willReturn(aResponse().withStatus(204)));
        ImageFile jpeg = jpeg();
        long id = SrMediaShop.idOf(jpeg);
        stored(SrMediaShop.filePath(id), jpeg.bytes());
        SrMediaShop media = new SrMediaShop(wire.client, wire.cache);

        List<MediaShop.Found> found = media.search(token(jpeg));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(id);
            assertThat(f.title()).as("the stored bytes' digest, which the token begins").isEqualTo(jpeg.sha256());
        });
        wire.server.verify(getRequestedFor(urlPathEqualTo("/api/files"))
                .withQueryParam("type", equalTo("image")));
        assertThat(media.upload("AB-1.jpg", jpeg)).isEqualTo(id);
        wire.server.verify(0, postRequestedFor(urlEqualTo("/api/files")));
    }

    @Test
    void noFileOrAFileWithOtherBytesAtThePathIsNotFound() {
        wire.server.stubFor(get(urlPathEqualTo("/api/files")).atPriority(5).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\":\"Resource not found!\"}")));
        ImageFile jpeg = jpeg();
        SrMediaShop media = new SrMediaShop(wire.client, wire.cache);

        assertThat(media.search(token(jpeg))).isEmpty();
        // an upload cut short stored only part of the bytes: the next upload replaces it
        stored(SrMediaShop.filePath(SrMediaShop.idOf(jpeg)), java.util.Arrays.copyOf(jpeg.bytes(), 10));
        assertThat(media.search(token(jpeg))).isEmpty();
        assertThat(media.search("not a token")).isEmpty();
    }

    @Test
    void aRefusedSearchIsAMediaRefusal() {
        wire.server.stubFor(get(urlPathEqualTo("/api/files")).willReturn(aResponse().withStatus(401)
                .withBody("{\"message\":\"You have no permission for this operation!\"}")));

        assertThatThrownBy(() -> new SrMediaShop(wire.client, wire.cache).search(token(jpeg())))
                .isInstanceOfSatisfying(MediaRefusedException.class, e -> assertThat(e.credentialsRefused()).isTrue());
    }
}
