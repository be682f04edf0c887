package hu.webshopsync.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /wp/v2/media} (raw body upload, captures 53 and 54), {@code GET /wp/v2/media/{id}}
 * and the list {@code GET /wp/v2/media} with WordPress's {@code search} (title, slug or file name
 * containing the text, case-insensitive), {@code slug}, {@code include}, {@code media_type},
 * {@code mime_type}, paging and {@code orderby}.
 */
final class MediaHandler {

    private final ShopState state;
    private final ShopSettings settings;
    private final MediaLibrary library;

    MediaHandler(ShopState state, ShopSettings settings, MediaLibrary library) {
        this.state = state;
        this.settings = settings;
        this.library = library;
    }

    void register(Router router) {
        router.add("POST", "/wp-json/wp/v2/media", Router.Realm.WP, this::upload)
                .add("GET", "/wp-json/wp/v2/media", Router.Realm.PUBLIC, this::list)
                .add("GET", "/wp-json/wp/v2/media/{id}", Router.Realm.PUBLIC, this::get);
    }

    private static final List<String> ORDERBY = List.of("author", "date", "id", "include", "modified", "parent",
            "relevance", "slug", "include_slugs", "title");
    private static final List<String> MEDIA_TYPES = List.of("image", "video", "text", "application", "audio");

    private Response list(Call call) {
        QueryParams q = call.query();
        ParamErrors errors = new ParamErrors();
        Paging paging = Paging.from(q, errors, 10);
        String orderby = ProductsHandler.enumParam(q, "orderby", ORDERBY, "date", errors);
        String order = ProductsHandler.enumParam(q, "order", List.of("asc", "desc"), "desc", errors);
        String mediaType = ProductsHandler.enumParam(q, "media_type", MEDIA_TYPES, null, errors);
        errors.throwIfAny();
        String search = q.get("search") == null ? "" : q.get("search").trim().toLowerCase(Locale.ROOT);
        List<String> slugs = q.list("slug");
        Set<Long> include = new HashSet<>();
        if (q.list("include") != null) {
            for (String id : q.list("include")) {
                try {
                    include.add(Long.parseLong(id.trim()));
                } catch (NumberFormatException e) {
                    errors.invalidType("include", "integer");
                }
            }
            errors.throwIfAny();
        }
        String mimeType = q.get("mime_type");
        List<ShopMedia> matches = new ArrayList<>();
        for (ShopMedia m : state.media.values()) {
            if ((search.isEmpty() || m.slug().contains(search) || m.file().toLowerCase(Locale.ROOT).contains(search))
                    && (slugs == null || slugs.contains(m.slug()))
                    && (include.isEmpty() || include.contains(m.id()))
                    && (mediaType == null || m.mimeType().startsWith(mediaType + "/"))
                    && (mimeType == null || m.mimeType().equals(mimeType))) {
                matches.add(m);
            }
        }
        Comparator<ShopMedia> byId = Comparator.comparingLong(ShopMedia::id);
        Comparator<ShopMedia> c = switch (orderby) {
            case "slug", "title" -> Comparator.comparing(ShopMedia::slug).thenComparing(byId);
            case "date", "modified" -> Comparator.comparing(ShopMedia::created).thenComparing(byId);
            default -> byId;
        };
        matches.sort("asc".equals(order) ? c : c.reversed());
        Response response = Response.json(200, new byte[0]);
        List<ShopMedia> page = paging.slice(matches, call.request(), settings.baseUrl(), null, response::header);
        var array = Json.MAPPER.createArrayNode();
        page.forEach(m -> array.add(library.toJson(m)));
        return response.withBody(Json.bytes(array));
    }

    private Response upload(Call call) {
        try {
            call.authorize(Permission.CREATE);
        } catch (ApiException e) {
            throw new ApiException(401, "rest_cannot_create", "Sorry, you are not allowed to create posts as this user.");
        }
        Request request = call.request();
        if (request.body().length == 0) {
            throw new ApiException(400, "rest_upload_no_data", "No data supplied.");
        }
        if (request.header("Content-Type") == null) {
            throw new ApiException(400, "rest_upload_no_content_type", "No Content-Type supplied.");
        }
        String disposition = request.header("Content-Disposition");
        if (disposition == null) {
            throw new ApiException(400, "rest_upload_no_content_disposition", "No Content-Disposition supplied.");
        }
        String fileName = MediaLibrary.fileNameFromDisposition(disposition);
        if (fileName == null) {
            throw new ApiException(400, "rest_upload_invalid_disposition",
                    "Invalid Content-Disposition supplied. Content-Disposition needs to be formatted as "
                            + "`attachment; filename=\"image.png\"` or similar.");
        }
        ShopMedia media = library.upload(fileName, request.body());
        return Response.json(201, library.toJson(media))
                .header("X-WP-Upload-Attachment-ID", Long.toString(media.id()))
                .header("Location", settings.restUrl("/wp/v2/media/" + media.id()));
    }

    private Response get(Call call) {
        ShopMedia media = state.media.get(call.id("id"));
        if (media == null) {
            throw new ApiException(404, "rest_post_invalid_id", "Invalid post ID.");
        }
        return Response.json(200, library.toJson(media));
    }
}
