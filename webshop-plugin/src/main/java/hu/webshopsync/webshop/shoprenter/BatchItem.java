package hu.webshopsync.webshop.shoprenter;

import java.util.Locale;
import java.util.Objects;

/**
 * One request inside a {@code POST /batch}.
 *
 * @param method       GET, POST, PUT or DELETE
 * @param pathAndQuery relative to the API base, e.g. {@code productExtend?sku=AB-1} (a leading slash is allowed)
 * @param data         the body of a POST or PUT (serialised as JSON), null otherwise
 * @param repeatable   whether sending it twice does no more than sending it once, so that the client
 *                     may send it again after a lost answer or a gateway error: never a POST
 */
public record BatchItem(String method, String pathAndQuery, Object data, boolean repeatable) {

    /** Checks the method. */
    public BatchItem {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        if (!method.equals("GET") && !method.equals("POST") && !method.equals("PUT") && !method.equals("DELETE")) {
            throw new IllegalArgumentException("unsupported batch method " + method);
        }
        if (repeatable && method.equals("POST")) {
            throw new IllegalArgumentException("a POST is never repeatable");
        }
    }

    /**
     * An item that is repeatable unless it is a POST.
     *
     * @param method       GET, POST, PUT or DELETE
     * @param pathAndQuery relative to the API base
     * @param data         the body of a POST or PUT, null otherwise
     */
    public BatchItem(String method, String pathAndQuery, Object data) {
        this(method, pathAndQuery, data, !"POST".equalsIgnoreCase(method));
    }

    /**
     * @param pathAndQuery what to read
     * @return a GET item
     */
    public static BatchItem get(String pathAndQuery) {
        return new BatchItem("GET", pathAndQuery, null);
    }

    /**
     * @param path where to create
     * @param data the body
     * @return a POST item
     */
    public static BatchItem post(String path, Object data) {
        return new BatchItem("POST", path, data);
    }

    /**
     * @param path what to replace
     * @param data the body
     * @return a PUT item
     */
    public static BatchItem put(String path, Object data) {
        return new BatchItem("PUT", path, data);
    }

    /**
     * This item, never sent twice by the client: for a PUT the shop may not take as a no-op when it
     * comes again, whose caller reads back what the shop holds after a lost answer instead.
     *
     * @return the item, not repeatable
     */
    public BatchItem once() {
        return new BatchItem(method, pathAndQuery, data, false);
    }
}
