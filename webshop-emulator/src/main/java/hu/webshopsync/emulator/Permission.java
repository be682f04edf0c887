package hu.webshopsync.emulator;

/** WooCommerce's permission-check errors for a caller without valid credentials, per kind of request. */
enum Permission {
    LIST("woocommerce_rest_cannot_view", "Sorry, you cannot list resources."),
    VIEW("woocommerce_rest_cannot_view", "Sorry, you cannot view this resource."),
    CREATE("woocommerce_rest_cannot_create", "Sorry, you are not allowed to create resources."),
    EDIT("woocommerce_rest_cannot_edit", "Sorry, you are not allowed to edit this resource."),
    DELETE("woocommerce_rest_cannot_delete", "Sorry, you are not allowed to delete this resource."),
    BATCH("woocommerce_rest_cannot_batch", "Sorry, you are not allowed to batch manipulate this resource.");

    private final String code;
    private final String message;

    Permission(String code, String message) {
        this.code = code;
        this.message = message;
    }

    ApiException denied() {
        return new ApiException(401, code, message);
    }
}
