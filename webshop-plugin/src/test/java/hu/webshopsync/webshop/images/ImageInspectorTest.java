package hu.webshopsync.webshop.images;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.webshop.fixtures.FakeMediaShop;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageInspectorTest {

    private static final Path IMAGES = Path.of("src/test/resources/images");
    private final ImageInspector inspector = new ImageInspector(5_000_000);

    @TempDir
    Path dir;

    private ImageProblem problem(Path file) {
        return ((ImageInspector.Unusable) inspector.inspect(file)).problem();
    }

    @Test
    void jpegAndPngAreRecognisedByContent() throws IOException {
        ImageFile jpg = ((ImageInspector.Usable) inspector.inspect(IMAGES.resolve("blue.jpg"))).image();
        assertThat(jpg.type()).isEqualTo(ImageType.JPEG);
        Path pngNamedJpg = dir.resolve("really-a-png.jpg");
        Files.copy(IMAGES.resolve("red.png"), pngNamedJpg);
        ImageFile png = ((ImageInspector.Usable) inspector.inspect(pngNamedJpg)).image();
        assertThat(png.type()).isEqualTo(ImageType.PNG);
        assertThat(png.sha256()).hasSize(64).isEqualTo(ImageInspector.sha256(Files.readAllBytes(pngNamedJpg)));
    }

    @Test
    void gifIsNamedAsAnUnsupportedFormat() {
        assertThat(problem(IMAGES.resolve("green.gif"))).satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("image.unsupportedFormat");
            assertThat(p.args()).contains("GIF");
        });
        assertThat(problem(IMAGES.resolve("broken.gif")).args()).contains("GIF");
    }

    @Test
    void textIsNotAnImageWhateverItsName() {
        assertThat(problem(IMAGES.resolve("fake.png")).messageKey()).isEqualTo("image.notImage");
        assertThat(problem(IMAGES.resolve("not-image.txt")).messageKey()).isEqualTo("image.notImage");
    }

    @Test
    void webpAndBmpAreNamed() throws IOException {
        Path webp = dir.resolve("x.webp");
        Files.write(webp, new byte[] {'R', 'I', 'F', 'F', 1, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P'});
        Path bmp = dir.resolve("x.bmp");
        Files.write(bmp, new byte[] {'B', 'M', 1, 2, 3});

        assertThat(problem(webp).args()).contains("WebP");
        assertThat(problem(bmp).args()).contains("BMP");
    }

    @Test
    void missingEmptyAndOversizedFilesAreRefused() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.png"));
        Path big = dir.resolve("big.jpg");
        Files.copy(IMAGES.resolve("blue.jpg"), big);

        assertThat(problem(dir.resolve("nope.jpg")).messageKey()).isEqualTo("image.missing");
        assertThat(problem(empty).messageKey()).isEqualTo("image.empty");
        assertThat(((ImageInspector.Unusable) new ImageInspector(100).inspect(big)).problem().messageKey())
                .isEqualTo("image.tooLarge");
    }

    @Test
    void aLinkOutOfItsFolderIsRefusedAndNeverUploadedWhileALinkWithinIsRead() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("private"));
        Files.copy(IMAGES.resolve("red.png"), outside.resolve("secret.png"));
        Path shop = Files.createDirectories(dir.resolve("shop/img"));
        Path escaping = Files.createSymbolicLink(shop.resolve("a.png"), outside.resolve("secret.png"));
        Files.copy(IMAGES.resolve("red.png"), shop.resolve("real.png"));
        Path within = Files.createSymbolicLink(shop.resolve("b.png"), shop.resolve("real.png"));
        FakeMediaShop media = new FakeMediaShop();
        ImageResolver resolver = new ImageResolver(inspector, media, new InMemoryStateStore(), false);

        Map<String, ImageDecision> decisions = resolver.decideAll(List.of(
                new ImageResolver.Request("A-1", Optional.of(escaping), null),
                new ImageResolver.Request("B-1", Optional.of(within), null)), null, 1);

        assertThat(decisions.get("A-1")).isInstanceOfSatisfying(ImageDecision.Untouched.class, d -> {
            assertThat(d.problem().orElseThrow().messageKey()).isEqualTo("image.linkOutside");
            assertThat(d.problem().orElseThrow().args()).containsExactly("a.png");
        });
        assertThat(decisions.get("B-1")).isInstanceOf(ImageDecision.Use.class);
        assertThat(media.uploads).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .matches("B-1-[0-9a-f]{16}\\.png:PNG");
    }

    @Test
    void uploadFileNameIsPlainAscii() {
        assertThat(MediaName.stem("ÁRV-tűrő 1/2")).isEqualTo("ARV-turo-1-2");
        assertThat(MediaName.stem("ő")).isEqualTo("o");
        assertThat(MediaName.stem("***")).isEqualTo("image");
    }
}
