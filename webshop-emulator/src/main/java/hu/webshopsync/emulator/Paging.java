package hu.webshopsync.emulator;

import java.util.List;

/**
 * WordPress collection paging: {@code page} and {@code per_page} validation, the
 * {@code X-WP-Total}/{@code X-WP-TotalPages} headers and the {@code Link} header (captures 09, 09b, 45, 46).
 */
record Paging(int page, int perPage, int offset) {

    static Paging from(QueryParams q, ParamErrors errors, int defaultPerPage) {
        int page = intParam(q, "page", 1, errors);
        int perPage = intParam(q, "per_page", defaultPerPage, errors);
        int offset = q.has("offset") ? intParam(q, "offset", 0, errors) : -1;
        if (page < 1) {
            errors.outOfBounds("page", "page must be greater than or equal to 1");
        }
        if (perPage < 1 || perPage > 100) {
            errors.outOfBounds("per_page", "per_page must be between 1 (inclusive) and 100 (inclusive)");
        }
        return new Paging(page, perPage, offset);
    }

    private static int intParam(QueryParams q, String name, int dflt, ParamErrors errors) {
        String v = q.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            errors.invalidType(name, "integer");
            return dflt;
        }
    }

    /** The requested page of {@code all}, with paging headers set on {@code response}. */
    <T> List<T> slice(List<T> all, Request request, String baseUrl, String extraQuery, ResponseHeaders response) {
        int total = all.size();
        int start = offset >= 0 ? offset : (page - 1) * perPage;
        int maxPages = (int) Math.ceil(total / (double) perPage);
        response.set("X-WP-Total", Integer.toString(total));
        response.set("X-WP-TotalPages", Integer.toString(maxPages));
        QueryParams query = request.query();
        String base = baseUrl + request.path();
        StringBuilder link = new StringBuilder();
        if (page > 1) {
            int prev = Math.min(page - 1, maxPages);
            link.append('<').append(base).append('?').append(join(query.with("page", Integer.toString(prev)), extraQuery))
                    .append(">; rel=\"prev\"");
        }
        if (maxPages > page) {
            if (link.length() > 0) {
                link.append(", ");
            }
            link.append('<').append(base).append('?').append(join(query.with("page", Integer.toString(page + 1)), extraQuery))
                    .append(">; rel=\"next\"");
        }
        if (link.length() > 0) {
            response.set("Link", link.toString());
        }
        if (start >= total) {
            return List.of();
        }
        return all.subList(start, Math.min(total, start + perPage));
    }

    private static String join(String query, String extra) {
        return extra == null || extra.isEmpty() ? query : query + "&" + extra;
    }

    /** Where {@link #slice} puts its headers. */
    @FunctionalInterface
    interface ResponseHeaders {
        void set(String name, String value);
    }
}
