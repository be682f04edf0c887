package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.webshop.images.ImageFile;
import hu.webshopsync.webshop.images.ImageType;
import hu.webshopsync.webshop.images.MediaRefusedException;
import hu.webshopsync.webshop.images.MediaShop;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Images on Shoprenter: {@code POST /files} with the bytes in base64, to a path named after the
 * content ({@code product/webshopsync-<14 hex digits of its SHA-256>.jpg}), which a product then
 * names as its {@code mainPicture}. The media id the ports keep is derived from that path (its hex
 * digits and the format), so it means the same file after a restart without anything stored; and
 * the same picture of two products is one file. After an upload whose outcome is unclear (its answer
 * lost or unreadable, a 5xx), or when an earlier run's intent says it may be stored, the sync searches
 * for the content's token: the file is then asked for by its path ({@code GET /files?type=image&filePath=…},
 * the only look-up the docs give) and adopted when the bytes it holds are that content; so each picture
 * is sent once and no file is left that no product shows.
 *
 * <p>UNVERIFIED: the path root ({@code product/…}, as ex/05; fixtures also show {@code data/product/…}),
 * PNG support (ex/05 recommends JPG), and whether {@code POST /files} answers 200, 201 or 204
 * (all are taken).
 */
final class SrMediaShop implements MediaShop {

    private static final int HEX_DIGITS = 14;
    private static final List<ImageType> TYPES = List.of(ImageType.values());
    private static final Pattern TOKEN = Pattern.compile("[0-9a-fA-F]{" + HEX_DIGITS + ",64}");

    private final ShoprenterClient client;
    private final SrShopCache cache;

    SrMediaShop(ShoprenterClient client, SrShopCache cache) {
        this.client = Objects.requireNonNull(client, "client");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * The media id of an image: 56 bits of its SHA-256 and its format, always positive.
     *
     * @param image the image
     * @return the id
     */
    static long idOf(ImageFile image) {
        return idOf(image.sha256(), image.type());
    }

    private static long idOf(String sha256, ImageType type) {
        long digits = Long.parseLong(sha256.substring(0, HEX_DIGITS).toLowerCase(Locale.ROOT), 16);
        return digits << 4 | TYPES.indexOf(type);
    }

    /**
     * The file a media id stands for.
     *
     * @param mediaId an id from {@link #idOf}
     * @return e.g. {@code product/webshopsync-3f2a9c0d1e4b5a.jpg}
     */
    static String filePath(long mediaId) {
        int type = (int) (mediaId & 0xF);
        String ext = type < TYPES.size() ? TYPES.get(type).extension() : "jpg";
        String hex = HexFormat.of().toHexDigits(mediaId >>> 4).substring(16 - HEX_DIGITS);
        return "product/webshopsync-" + hex + "." + ext;
    }

    @Override
    public long upload(String filename, ImageFile image) {
        long id = idOf(image);
        String path = filePath(id);
        synchronized (cache.uploadLock(path)) {
            if (!cache.uploaded(path)) {
                send(path, image);
                cache.markUploaded(path);
            }
        }
        return id;
    }

    private void send(String path, ImageFile image) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("filePath", path);
        body.put("type", "image");
        body.put("attachment", Base64.getEncoder().encodeToString(image.bytes()));
        try {
            client.post("files", body);
        } catch (SrException e) {
            throw refused(e);
        }
    }

    /**
     * The file holding the content whose SHA-256 starts with {@code text} (a token of at least 14 hex
     * digits), asked for at the path of each format. Shoprenter's files carry no title: the one found
     * is titled with the SHA-256 of the bytes it holds, so that only the content itself matches the token
     * (a file cut short by a failed upload does not, and is replaced by the next upload).
     *
     * @param text the content token
     * @return the file, or nothing
     */
    @Override
    public List<Found> search(String text) {
        if (!TOKEN.matcher(text).matches()) {
            return List.of();
        }
        String token = text.toLowerCase(Locale.ROOT);
        List<Found> found = new ArrayList<>();
        for (ImageType type : TYPES) {
            long id = idOf(token, type);
            String path = filePath(id);
            stored(path).filter(sha256 -> sha256.startsWith(token)).ifPresent(sha256 -> {
                cache.markUploaded(path);
                found.add(new Found(id, path.substring(path.lastIndexOf('/') + 1), sha256, path));
            });
        }
        return found;
    }

    /** The SHA-256 of the bytes stored at the path; empty when there is no file (or its answer holds no bytes to tell). */
    private Optional<String> stored(String path) {
        JsonNode file;
        try {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("type", "image");
            query.put("filePath", path);
            file = client.get(ShoprenterClient.path("files", query));
        } catch (SrException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw refused(e);
        }
        Optional<String> attachment = SrValues.text(file, "attachment");
        if (attachment.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Base64.getMimeDecoder().decode(attachment.get()))));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MediaRefusedException refused(SrException e) {
        return new MediaRefusedException(e, e.status(), e.innerCode().isEmpty() ? "files" : e.innerCode(),
                e.shopMessage());
    }
}
