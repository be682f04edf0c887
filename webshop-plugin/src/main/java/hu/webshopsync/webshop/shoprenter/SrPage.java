package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of a Shoprenter collection read with {@code full=1}.
 *
 * @param items   the page's whole items
 * @param hasNext whether the answer named a {@code next} page
 */
public record SrPage(List<JsonNode> items, boolean hasNext) {

    /** Copies. */
    public SrPage {
        items = List.copyOf(items);
    }
}
