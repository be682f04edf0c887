package hu.webshopsync.webshop.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadHasherTest {

    private final PayloadHasher hasher = new PayloadHasher();

    private static ProductIntent intent(String price) {
        return intent(price, new ImageIntent.Show(7));
    }

    private static ProductIntent intent(String price, ImageIntent image) {
        return new ProductIntent("A", "Alma", price, "", "<p>x</p>", "Gyümölcs", 5L, image, "publish");
    }

    @Test
    void sameIntentSameHashAcrossInstances() {
        assertThat(hasher.hash(intent("1270"))).isEqualTo(new PayloadHasher().hash(intent("1270")));
    }

    @Test
    void hashIsAFixedValueSoItStaysStableAcrossRunsAndJvms() {
        // Canonical JSON: properties sorted alphabetically, no whitespace; the image as its stored token.
        String expected = "1:" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(
                "{\"category\":\"Gyümölcs\",\"description\":\"<p>x</p>\",\"image\":\"media:7\",\"name\":\"Alma\","
                        + "\"regularPrice\":\"1270\",\"sku\":\"A\",\"status\":\"publish\",\"stockQuantity\":5,"
                        + "\"taxClass\":\"\"}"));

        assertThat(hasher.hash(intent("1270"))).isEqualTo(expected);
    }

    @Test
    void anyFieldChangesTheHash() {
        assertThat(hasher.hash(intent("1270"))).isNotEqualTo(hasher.hash(intent("1271")));
        assertThat(hasher.hash(intent("1270"))).isNotEqualTo(hasher.hash(intent("1270", new ImageIntent.NoImage())));
    }

    @Test
    void theImageIsHashedAsTheTokenEarlierRunsStored() {
        assertThat(hasher.hash(intent("1270", new ImageIntent.NoImage())))
                .isEqualTo(hasher.hash(java.util.Map.of("category", "Gyümölcs", "description", "<p>x</p>",
                        "image", "none", "name", "Alma", "regularPrice", "1270", "sku", "A", "status", "publish",
                        "stockQuantity", 5, "taxClass", "")));
        assertThat(new ImageIntent.Untouched().token()).isEqualTo("untouched");
    }

    @Test
    void mapKeyOrderDoesNotMatter() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", "x");
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", "x");
        ba.put("a", 1);

        assertThat(hasher.hash(ab)).isEqualTo(hasher.hash(ba));
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
