package hu.webshopsync.webshop.shoprenter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Values as the fixtures give them: strings, {@code {}}/{@code null}/{@code ""} for empty, hrefs. */
class SrValuesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode json(String s) throws Exception {
        return mapper.readTree(s);
    }

    @Test
    void emptyIsEmptyInEveryForm() throws Exception {
        JsonNode n = json("{\"a\":{},\"b\":null,\"c\":\"\",\"d\":\"x\",\"e\":[]}");
        assertThat(SrValues.text(n, "a")).isEmpty();
        assertThat(SrValues.text(n, "b")).isEmpty();
        assertThat(SrValues.text(n, "c")).isEmpty();
        assertThat(SrValues.text(n, "missing")).isEmpty();
        assertThat(SrValues.text(n, "d")).contains("x");
        assertThat(SrValues.empty(n.get("e"))).isTrue();
        assertThat(SrValues.list(n, "a")).isEmpty();
    }

    @Test
    void numbersComeAsStringsOrNumbers() throws Exception {
        JsonNode n = json("{\"price\":\"2200.0000\",\"stock1\":12,\"innerId\":\"1707\",\"bad\":\"x\"}");
        assertThat(SrValues.decimal(n, "price")).contains(new BigDecimal("2200.0000"));
        assertThat(SrValues.integer(n, "stock1")).hasValue(12);
        assertThat(SrValues.integer(n, "innerId")).hasValue(1707);
        assertThat(SrValues.decimal(n, "bad")).isEmpty();
    }

    @Test
    void idsComeFromTheLastSegmentOfAnHrefOrFromId() throws Exception {
        JsonNode n = json("{\"taxClass\":{\"href\":\"http://demo.api.myshoprenter.hu/taxClasses/dGF4Q2xhc3MtdGF4X2NsYXNzX2lkPTEw\"},"
                + "\"category\":{\"id\":\"Y2F0\"},\"parentCategory\":{},\"x\":{\"href\":\"https://a/b/c?full=1\"}}");
        assertThat(SrValues.relationId(n, "taxClass")).contains("dGF4Q2xhc3MtdGF4X2NsYXNzX2lkPTEw");
        assertThat(SrValues.relationId(n, "category")).contains("Y2F0");
        assertThat(SrValues.relationId(n, "parentCategory")).isEmpty();
        assertThat(SrValues.relationId(n, "x")).contains("c");
    }
}
