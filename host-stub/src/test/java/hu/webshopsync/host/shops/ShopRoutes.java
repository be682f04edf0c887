package hu.webshopsync.host.shops;

/**
 * The emulator's counter keys ({@code METHOD /path}) of the requests the tests count.
 *
 * @param productWrite     a batch that writes products
 * @param productCreateOne a single product created
 * @param productUpdateOne a single product updated
 * @param productList      a page of the product list
 * @param categoryList     a page of the category list
 * @param mediaUpload      a picture uploaded
 * @param mediaSearch      a search for an uploaded picture
 * @param orderList        a page of the order list
 * @param orderWrite       a batch that writes order statuses (or marks)
 * @param orderNote        a note written on an order; {@code null} where the shop keeps none
 */
public record ShopRoutes(String productWrite, String productCreateOne, String productUpdateOne, String productList,
                         String categoryList, String mediaUpload, String mediaSearch, String orderList,
                         String orderWrite, String orderNote) {

    /**
     * @return the route on which the ERP's document number reaches a shop order where
     *         {@link ShopPlatform#erpNumberMarks} counts it: the note, or where the shop keeps none the order
     *         write (Shoprenter's {@code externalInfo})
     */
    public String erpNumberWrite() {
        return orderNote != null ? orderNote : orderWrite;
    }
}
