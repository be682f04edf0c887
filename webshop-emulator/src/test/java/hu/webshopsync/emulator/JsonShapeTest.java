package hu.webshopsync.emulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonShapeTest {

    @Test
    void reportsMissingUnexpectedAndRetypedFieldsRecursively() throws Exception {
        var expected = Json.MAPPER.readTree("{\"a\":\"1\",\"b\":[{\"c\":1}],\"d\":null}");
        var actual = Json.MAPPER.readTree("{\"a\":1,\"b\":[{\"x\":1}],\"d\":\"now\",\"e\":true}");
        assertThat(JsonShape.differences(expected, actual)).containsExactlyInAnyOrder(
                "$.a: expected string but was number", "$.b[0].c: missing", "$.b[0].x: unexpected", "$.e: unexpected");
    }

    @Test
    void valuesMayDiffer() throws Exception {
        var expected = Json.MAPPER.readTree("{\"a\":\"x\",\"n\":1.5,\"l\":[]}");
        var actual = Json.MAPPER.readTree("{\"a\":\"y\",\"n\":2,\"l\":[1,2]}");
        assertThat(JsonShape.differences(expected, actual)).isEmpty();
    }
}
