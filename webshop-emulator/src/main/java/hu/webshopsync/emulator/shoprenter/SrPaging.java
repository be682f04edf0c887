package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.QueryParams;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The collection envelope (fx product get_page.json): {@code href, page, pageCount, limit, first,
 * previous, next, last, items}. Pages count from 0; {@code limit} is at most 200 and 25 when absent
 * (the fixtures' value; the real default is UNVERIFIED); a page past the last is {@code 400 40008}, except
 * page 0 of an empty list. Paging fields are JSON numbers, as in the newer fixtures (older ones have
 * strings; UNVERIFIED which the shop sends today). Without {@code full=1} the items are bare hrefs.
 */
final class SrPaging {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 200;

    private SrPaging() {
    }

    static ObjectNode page(SrJson json, String resource, QueryParams query, List<SrRow> rows,
                           Function<SrRow, ObjectNode> render) {
        int limit = number(query, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw SrError.badParameter("The limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        int page = number(query, "page", 0);
        int pageCount = Math.max(1, (rows.size() + limit - 1) / limit);
        if (page < 0 || page >= pageCount) {
            throw SrError.pageNotFound(pageCount - 1);
        }
        boolean full = "1".equals(query.get("full"));
        ObjectNode o = SrJson.MAPPER.createObjectNode();
        o.put("href", json.href(resource + "?" + withPage(query, page, limit)));
        o.put("page", page);
        o.put("pageCount", pageCount);
        o.put("limit", limit);
        o.set("first", json.hrefNode(resource + "?" + withPage(query, 0, limit)));
        link(o, "previous", json, resource, query, page > 0 ? page - 1 : -1, limit);
        link(o, "next", json, resource, query, page < pageCount - 1 ? page + 1 : -1, limit);
        o.set("last", json.hrefNode(resource + "?" + withPage(query, pageCount - 1, limit)));
        ArrayNode items = o.putArray("items");
        int from = page * limit;
        for (SrRow row : rows.subList(Math.min(from, rows.size()), Math.min(from + limit, rows.size()))) {
            ObjectNode item = render.apply(row);
            if (full) {
                items.add(item);
            } else {
                items.addObject().put("href", item.get("href").asText());
            }
        }
        return o;
    }

    private static void link(ObjectNode o, String name, SrJson json, String resource, QueryParams query, int page,
                             int limit) {
        if (page < 0) {
            o.putNull(name);
        } else {
            o.set(name, json.hrefNode(resource + "?" + withPage(query, page, limit)));
        }
    }

    private static int number(QueryParams query, String name, int dflt) {
        String v = query.get(name);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw SrError.badParameter("The " + name + " parameter is not a number: " + v);
        }
    }

    /** The query with {@code page} and {@code limit} set, other parameters kept in order. */
    private static String withPage(QueryParams query, int page, int limit) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : query.entries()) {
            if (!e.getKey().equals("page") && !e.getKey().equals("limit")) {
                sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).append('&');
            }
        }
        return sb.append("page=").append(page).append("&limit=").append(limit).toString();
    }
}
