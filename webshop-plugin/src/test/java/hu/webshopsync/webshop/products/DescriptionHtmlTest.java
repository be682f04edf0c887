package hu.webshopsync.webshop.products;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptionHtmlTest {

    @Test
    void escapesMarkupSoANoteCannotOpenTags() {
        assertThat(DescriptionHtml.fromNote("<script>alert('x')</script> & \"idézet\""))
                .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;idézet&quot;</p>");
    }

    @Test
    void keepsLineBreaksAndParagraphs() {
        assertThat(DescriptionHtml.fromNote("Első sor\r\nMásodik sor\n\n\nÚj bekezdés  \n"))
                .isEqualTo("<p>Első sor<br>\nMásodik sor</p>\n<p>Új bekezdés</p>");
    }

    @Test
    void emptyNoteIsEmptyDescription() {
        assertThat(DescriptionHtml.fromNote("  \n ")).isEmpty();
        assertThat(DescriptionHtml.fromNote(null)).isEmpty();
    }

    @Test
    void dropsControlCharactersButKeepsAccents() {
        assertThat(DescriptionHtml.fromNote("Árvíztűrő\u0007 tükörfúrógép")).isEqualTo("<p>Árvíztűrő tükörfúrógép</p>");
    }
}
