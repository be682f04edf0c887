package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/** WordPress's media library: stores uploads under {@code YYYY/MM/name.ext} with unique names. */
final class MediaLibrary {

    private final ShopState state;
    private final ShopSettings settings;

    MediaLibrary(ShopState state, ShopSettings settings) {
        this.state = state;
        this.settings = settings;
    }

    static String sourceUrl(ShopSettings settings, ShopMedia m) {
        return settings.baseUrl() + "/wp-content/uploads/" + m.file();
    }

    /**
     * Stores an image; non-images are refused like WordPress refuses a disallowed file type. The
     * extension follows the content (a JPEG named {@code x.png} becomes {@code x.jpg}).
     *
     * @throws ApiException 500 {@code rest_upload_sideload_error} for non-image content (capture 54)
     */
    ShopMedia upload(String fileName, byte[] data) {
        ImageInspector.ImageInfo info = ImageInspector.inspect(data);
        if (info == null) {
            throw new ApiException(500, "rest_upload_sideload_error", "Sorry, you are not allowed to upload this file type.");
        }
        String base = fileName;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        String ext = dot > 0 ? base.substring(dot + 1).toLowerCase(Locale.ROOT) : info.extension();
        if (!matches(ext, info.extension())) {
            ext = info.extension();
        }
        String cleanStem = Slugs.sanitizeTitle(stem);
        if (cleanStem.isEmpty()) {
            cleanStem = "image";
        }
        Instant now = state.now();
        LocalDate day = LocalDate.ofInstant(now, Dates.STORE_ZONE);
        String dir = String.format("%04d/%02d/", day.getYear(), day.getMonthValue());
        state.lock.lock();
        try {
            String finalExt = ext;
            String slug = Slugs.unique(cleanStem, s -> state.mediaFiles.containsKey(dir + s + "." + finalExt));
            long id = state.postIds.getAndIncrement();
            ShopMedia media = new ShopMedia(id, dir + slug + "." + ext, slug, info.mimeType(), data.clone(),
                    info.width(), info.height(), sha256(data), now);
            state.mediaFiles.put(media.file(), id);
            state.media.put(id, media);
            return media;
        } finally {
            state.lock.unlock();
        }
    }

    /** The media item a URL of this shop's uploads folder points at, or {@code null}. */
    ShopMedia byUrl(String url) {
        String prefix = settings.baseUrl() + "/wp-content/uploads/";
        if (url == null || !url.startsWith(prefix)) {
            return null;
        }
        Long id = state.mediaFiles.get(url.substring(prefix.length()));
        return id == null ? null : state.media.get(id);
    }

    ShopMedia byFile(String file) {
        Long id = state.mediaFiles.get(file);
        return id == null ? null : state.media.get(id);
    }

    private static boolean matches(String ext, String canonical) {
        return ext.equals(canonical) || ("jpg".equals(canonical) && ("jpeg".equals(ext) || "jpe".equals(ext)));
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attachment as {@code /wp/v2/media} answers it (capture 53). */
    ObjectNode toJson(ShopMedia m) {
        String base = settings.baseUrl();
        String src = sourceUrl(settings, m);
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", m.id());
        o.put("date", Dates.local(m.created()));
        o.put("date_gmt", Dates.gmt(m.created()));
        ObjectNode guid = o.putObject("guid");
        guid.put("rendered", src);
        guid.put("raw", src);
        o.put("modified", Dates.local(m.created()));
        o.put("modified_gmt", Dates.gmt(m.created()));
        o.put("slug", m.slug());
        o.put("status", "inherit");
        o.put("type", "attachment");
        o.put("link", base + "/" + m.slug() + "/");
        ObjectNode title = o.putObject("title");
        title.put("raw", m.slug());
        title.put("rendered", m.slug());
        o.put("author", 1);
        o.put("comment_status", "open");
        o.put("ping_status", "closed");
        o.put("template", "");
        o.putArray("meta");
        o.put("permalink_template", base + "/?attachment_id=" + m.id());
        o.put("generated_slug", m.slug());
        ObjectNode description = o.putObject("description");
        description.put("raw", "");
        description.put("rendered", "<p class=\"attachment\"><a href='" + src + "'><img width=\"" + m.width()
                + "\" height=\"" + m.height() + "\" src=\"" + src
                + "\" class=\"attachment-medium size-medium\" alt=\"\" decoding=\"async\" loading=\"lazy\" /></a></p>\n");
        ObjectNode caption = o.putObject("caption");
        caption.put("raw", "");
        caption.put("rendered", "");
        o.put("alt_text", "");
        o.put("media_type", "image");
        o.put("mime_type", m.mimeType());
        ObjectNode details = o.putObject("media_details");
        details.put("width", m.width());
        details.put("height", m.height());
        details.put("file", m.file());
        details.put("filesize", m.data().length);
        details.putObject("sizes");
        ObjectNode imageMeta = details.putObject("image_meta");
        for (String k : new String[] {"aperture", "credit", "camera", "caption", "created_timestamp", "copyright",
                "focal_length", "iso", "shutter_speed", "title", "orientation"}) {
            imageMeta.put(k, k.equals("aperture") || k.equals("created_timestamp") || k.equals("focal_length")
                    || k.equals("iso") || k.equals("shutter_speed") || k.equals("orientation") ? "0" : "");
        }
        imageMeta.putArray("keywords");
        o.putNull("post");
        o.put("source_url", src);
        o.putArray("missing_image_sizes");
        ObjectNode links = o.putObject("_links");
        links.putArray("self").addObject().put("href", settings.restUrl("/wp/v2/media/" + m.id()));
        links.putArray("collection").addObject().put("href", settings.restUrl("/wp/v2/media"));
        links.putArray("about").addObject().put("href", settings.restUrl("/wp/v2/types/attachment"));
        ObjectNode author = links.putArray("author").addObject();
        author.put("embeddable", true);
        author.put("href", settings.restUrl("/wp/v2/users/1"));
        ObjectNode replies = links.putArray("replies").addObject();
        replies.put("embeddable", true);
        replies.put("href", settings.restUrl("/wp/v2/comments?post=" + m.id()));
        links.putArray("wp:action-unfiltered-html").addObject().put("href", settings.restUrl("/wp/v2/media/" + m.id()));
        links.putArray("wp:action-assign-author").addObject().put("href", settings.restUrl("/wp/v2/media/" + m.id()));
        ObjectNode curie = links.putArray("curies").addObject();
        curie.put("name", "wp");
        curie.put("href", "https://api.w.org/{rel}");
        curie.put("templated", true);
        return o;
    }

    static String fileNameFromDisposition(String disposition) {
        if (disposition == null) {
            return null;
        }
        for (String part : disposition.split(";")) {
            String p = part.trim();
            String lower = p.toLowerCase(Locale.ROOT);
            if (lower.startsWith("filename*=")) {
                String v = p.substring(10);
                int quote = v.indexOf("''");
                return java.net.URLDecoder.decode(quote >= 0 ? v.substring(quote + 2) : v, StandardCharsets.UTF_8);
            }
            if (lower.startsWith("filename=")) {
                String v = p.substring(9).trim();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
