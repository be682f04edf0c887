package hu.webshopsync.emulator;

/**
 * Judges image content by its magic bytes, as WordPress does with {@code getimagesize} before it
 * accepts an upload (captures 34, 54: a text file named {@code .png} is refused).
 */
final class ImageInspector {

    /** A recognised image: mime type, canonical extension and pixel size (0 when unknown). */
    record ImageInfo(String mimeType, String extension, int width, int height) {
    }

    private ImageInspector() {
    }

    /** {@code null} unless the bytes are a JPEG, PNG, GIF or WebP image. */
    static ImageInfo inspect(byte[] b) {
        if (b.length >= 24 && u8(b, 0) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return new ImageInfo("image/png", "png", be32(b, 16), be32(b, 20));
        }
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return new ImageInfo("image/gif", "gif", le16(b, 6), le16(b, 8));
        }
        if (b.length >= 4 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8 && u8(b, 2) == 0xFF) {
            int[] size = jpegSize(b);
            return new ImageInfo("image/jpeg", "jpg", size[0], size[1]);
        }
        if (b.length >= 30 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return new ImageInfo("image/webp", "webp", 0, 0);
        }
        return null;
    }

    private static int[] jpegSize(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if (u8(b, i) != 0xFF) {
                i++;
                continue;
            }
            int marker = u8(b, i + 1);
            int len = (u8(b, i + 2) << 8) | u8(b, i + 3);
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                int height = (u8(b, i + 5) << 8) | u8(b, i + 6);
                int width = (u8(b, i + 7) << 8) | u8(b, i + 8);
                return new int[] {width, height};
            }
            i += 2 + len;
        }
        return new int[] {0, 0};
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int be32(byte[] b, int i) {
        return (u8(b, i) << 24) | (u8(b, i + 1) << 16) | (u8(b, i + 2) << 8) | u8(b, i + 3);
    }

    private static int le16(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8);
    }
}
