package hu.webshopsync.webshop.shoprenter;

import hu.webshopsync.webshop.images.ImageFile;
import hu.webshopsync.webshop.images.ImageType;
import hu.webshopsync.webshop.images.MediaRefusedException;
import hu.webshopsync.webshop.images.MediaShop;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Images on Shoprenter: {@code POST /files} with the bytes in base64, to a path named after the
 * content ({@code product/webshopsync-<14 hex digits of its SHA-256>.jpg}), which a product then
 * names as its {@code mainPicture}. The media id the ports keep is derived from that path (its hex
 * digits and the format), so it means the same file after a restart without anything stored; and
 * the same picture of two products is one file. Re-posting a path replaces the file with the same
 * bytes, so an upload whose answer was lost is simply repeated (no search needed).
 *
 * <p>UNVERIFIED: the path root ({@code product/…}, as ex/05; fixtures also show {@code data/product/…}),
 * PNG support (ex/05 recommends JPG), and whether {@code POST /files} answers 200, 201 or 204
 * (all are taken).
 */
final class SrMediaShop implements MediaShop {

    private static final int HEX_DIGITS = 14;
    private static final List<ImageType> TYPES = List.of(ImageType.values());

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
        long digits = Long.parseLong(image.sha256().substring(0, HEX_DIGITS).toLowerCase(Locale.ROOT), 16);
        return digits << 4 | TYPES.indexOf(image.type());
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
            throw new MediaRefusedException(e, e.status(), e.innerCode().isEmpty() ? "files" : e.innerCode(),
                    e.shopMessage());
        }
    }

    /** Nothing to search: a repeated upload to the content's own path does no harm. */
    @Override
    public List<Found> search(String text) {
        return List.of();
    }
}
