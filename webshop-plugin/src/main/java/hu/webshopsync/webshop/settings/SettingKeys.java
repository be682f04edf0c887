package hu.webshopsync.webshop.settings;

/**
 * The keys of the {@code webshop} module's settings, as the host stores them. The order sync reads
 * its own keys ({@code order…}, {@code …Sku}, …) from {@link WebshopSettings#raw()}.
 */
public final class SettingKeys {

    public static final String PLATFORM = "platform";
    public static final String URL = "url";
    public static final String CONSUMER_KEY = "consumerKey";
    public static final String CONSUMER_SECRET = "consumerSecret";
    public static final String API_USER = "apiUser";
    public static final String API_PASSWORD = "apiPassword";
    public static final String CLIENT_ID = "clientId";
    public static final String CLIENT_SECRET = "clientSecret";
    public static final String TOKEN_URL = "tokenUrl";
    public static final String REQUESTS_PER_SECOND = "requestsPerSecond";
    public static final String WP_USER = "wpUser";
    public static final String WP_APPLICATION_PASSWORD = "wpApplicationPassword";
    public static final String WAREHOUSE = "warehouse";
    public static final String VAT_TAX_CLASS_MAP = "vatTaxClassMap";
    public static final String IMAGE_MAX_BYTES = "imageMaxBytes";
    public static final String ALLOW_INSECURE_HTTP = "allowInsecureHttp";
    public static final String CA_FILE = "caFile";
    public static final String CONNECT_TIMEOUT_SECONDS = "connectTimeoutSeconds";
    public static final String READ_TIMEOUT_SECONDS = "readTimeoutSeconds";
    public static final String PARALLEL_REQUESTS = "parallelRequests";
    public static final String SYNC_FIELDS = "syncFields";

    public static final String ORDER_STATUSES = "orderStatuses";
    public static final String ORDER_OVERLAP_MINUTES = "orderOverlapMinutes";
    public static final String ORDER_LOOKBACK_DAYS = "orderLookbackDays";
    public static final String SHIPPING_SKU = "shippingSku";
    public static final String FEE_SKU = "feeSku";
    public static final String DISCOUNT_SKU = "discountSku";
    public static final String ROUNDING_SKU = "roundingSku";
    public static final String ROUNDING_TOLERANCE = "roundingTolerance";
    public static final String PAYMENT_METHOD_MAP = "paymentMethodMap";
    public static final String TAX_NUMBER_META_KEY = "taxNumberMetaKey";
    public static final String ORDER_NOTE_ENABLED = "orderNoteEnabled";
    public static final String FULFILLED_SHOP_STATUS = "fulfilledShopStatus";
    public static final String CANCELLED_SHOP_STATUS = "cancelledShopStatus";

    public static final String AUTO_ORDER_SYNC = "autoOrderSync";
    public static final String AUTO_PRODUCT_SYNC = "autoProductSync";
    public static final String AUTO_STOCK_AUDIT = "autoStockAudit";
    public static final String ALLOW_FAST_SCHEDULE = "allowFastSchedule";

    private SettingKeys() {
    }
}
