package hu.webshopsync.webshop.categories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryPathTest {

    @Test
    void splitsLevelsAndDropsEmptyOnes() {
        assertThat(CategoryPath.parse(" Ruházat / Pólók ").levels()).containsExactly("Ruházat", "Pólók");
        assertThat(CategoryPath.parse("A//B/").levels()).containsExactly("A", "B");
        assertThat(CategoryPath.parse("/").isEmpty()).isTrue();
        assertThat(CategoryPath.parse("").isEmpty()).isTrue();
    }

    @Test
    void keyIgnoresCaseSpacingAndTheShopsHtmlEntities() {
        assertThat(CategoryPath.parse("Ház & Kert/Grill").key())
                .isEqualTo(CategoryPath.parse("ház &amp; kert /  grill").key())
                .isEqualTo("ház & kert/grill");
        assertThat(CategoryPath.normalizeName("F&#xfa;r&#243;g&#233;pek &lt;b&gt;")).isEqualTo("fúrógépek <b>");
    }

    @Test
    void decomposedAccentsMatchComposedOnes() {
        assertThat(CategoryPath.normalizeName("Pe\u0301nz")).isEqualTo(CategoryPath.normalizeName("Pénz"));
    }
}
