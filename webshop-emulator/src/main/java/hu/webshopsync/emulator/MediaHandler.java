package hu.webshopsync.emulator;

/** {@code POST /wp/v2/media} (raw body upload, captures 53 and 54) and {@code GET /wp/v2/media/{id}}. */
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
                .add("GET", "/wp-json/wp/v2/media/{id}", Router.Realm.PUBLIC, this::get);
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
