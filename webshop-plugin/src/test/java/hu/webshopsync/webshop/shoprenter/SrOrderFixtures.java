package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.webshop.fixtures.OrderCaptures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Shoprenter docs' fixtures in the repository's {@code testdata/shoprenter/fixtures}, found upwards. */
final class SrOrderFixtures {

    static final ObjectMapper MAPPER = OrderCaptures.MAPPER;

    private SrOrderFixtures() {
    }

    /**
     * @param name e.g. {@code order_extend/response/get_page.json}
     * @return the fixture, as a mutable copy
     */
    static ObjectNode json(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path file = d.resolve("testdata/shoprenter/fixtures").resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return (ObjectNode) MAPPER.readTree(file.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("no Shoprenter fixture " + name + " above " + Path.of("").toAbsolutePath());
    }

    /** @return the docs' listed order (innerId 12, status link 1, HUF, a SHIPPING total) */
    static ObjectNode listedOrder() {
        return (ObjectNode) json("order_extend/response/get_page.json").get("items").get(0).deepCopy();
    }

    static JsonNode status(long innerId) {
        return MAPPER.createObjectNode().put("href", "https://shop.api.myshoprenter.hu/orderStatuses/st" + innerId);
    }
}
