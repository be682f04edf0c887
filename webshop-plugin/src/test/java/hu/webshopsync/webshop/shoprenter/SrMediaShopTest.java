package hu.webshopsync.webshop.shoprenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.webshopsync.webshop.images.ImageFile;
import hu.webshopsync.webshop.images.ImageInspector;
import hu.webshopsync.webshop.images.MediaRefusedException;
import java.nio.file.Path;
import java.util.Base64;
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
}
