package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.webshop.products.ProductPayload;
import hu.webshopsync.webshop.products.ProductShop.ProductWrite;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

/**
 * A product write as a {@code productExtend} body: the net {@code price} with 4 decimals, the tax
 * class by its API id, name and description in the Hungarian {@code productDescriptions}, the warehouse's
 * stock in {@code stock1} with {@code subtractStock} on, the category as the only
 * {@code productCategoryRelations}, the image as {@code mainPicture}, and status 1 or 0. A field the
 * payload leaves out is not sent. Never {@code id}: in a body it would set the outer id (api/05).
 *
 * <p>UNVERIFIED: a PUT replaces the lists it carries (api/06), so one holding only the Hungarian
 * description may drop other languages' descriptions, and one without {@code description} may
 * blank it; the sync sends name and description together unless the owner gave up one of them.
 */
final class SrProductBody {

    /** A category the shop does not know (any more): the write is not sent. */
    static final class UnknownCategory extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownCategory(long id) {
            super("category " + id);
        }
    }

    private final ObjectMapper mapper;
    private final String hungarianId;
    private final LongFunction<Optional<String>> categoryId;
    private final UnaryOperator<String> taxClassId;

    /**
     * @param mapper      the JSON mapper
     * @param hungarianId the Hungarian language's API id
     * @param categoryId  category innerId → API id, empty when the shop does not have it
     * @param taxClassId  the payload's tax class (as the port handed it out) → the class's API id
     */
    SrProductBody(ObjectMapper mapper, String hungarianId, LongFunction<Optional<String>> categoryId,
                  UnaryOperator<String> taxClassId) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.hungarianId = Objects.requireNonNull(hungarianId, "hungarianId");
        this.categoryId = Objects.requireNonNull(categoryId, "categoryId");
        this.taxClassId = Objects.requireNonNull(taxClassId, "taxClassId");
    }

    ObjectNode of(ProductWrite write) throws UnknownCategory {
        ProductPayload p = write.payload();
        ObjectNode body = mapper.createObjectNode();
        if (write.create()) {
            body.put("sku", write.sku());
        }
        if (p.regularPrice() != null) {
            body.put("price", new BigDecimal(p.regularPrice()).setScale(4, RoundingMode.HALF_UP).toPlainString());
        }
        if (p.taxClass() != null && !p.taxClass().isBlank()) {
            body.putObject("taxClass").put("id", taxClassId.apply(p.taxClass()));
        }
        if (p.stockQuantity() != null) {
            body.put("stock1", String.valueOf(p.stockQuantity()));
            body.put("subtractStock", "1");
        }
        if (p.imageIds() != null) {
            body.put("mainPicture", p.imageIds().isEmpty() ? "" : SrMediaShop.filePath(p.imageIds().get(0)));
        }
        if (p.status() != null) {
            body.put("status", "publish".equals(p.status()) ? "1" : "0");
        }
        if (p.name() != null || p.description() != null) {
            ObjectNode hu = body.putArray("productDescriptions").addObject();
            if (p.name() != null) {
                hu.put("name", p.name());
            }
            if (p.description() != null) {
                hu.put("description", p.description());
            }
            hu.putObject("language").put("id", hungarianId);
        }
        if (p.categoryIds() != null) {
            ArrayNode relations = body.putArray("productCategoryRelations");
            for (long id : p.categoryIds()) {
                String apiId = categoryId.apply(id).orElseThrow(() -> new UnknownCategory(id));
                relations.addObject().putObject("category").put("id", apiId);
            }
        }
        return body;
    }
}
