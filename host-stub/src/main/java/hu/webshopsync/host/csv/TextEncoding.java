package hu.webshopsync.host.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells which encoding an import file is in. A file that is valid UTF-8 (with or without a byte
 * order mark) is UTF-8; otherwise it is what a Hungarian Excel writes, Windows-1250 (whose
 * Hungarian letters are those of ISO-8859-2 too). A file that has UTF-8 letters and then a byte
 * that is not UTF-8 is a damaged UTF-8 file, not a Windows-1250 one: guessing would turn its
 * {@code ő} into two wrong letters, so it is refused with the line.
 */
public final class TextEncoding {

    /** What a Hungarian Excel saves "CSV" in. */
    public static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

    private static final int CHUNK = 1 << 16;

    private TextEncoding() {
    }

    /**
     * Detects the encoding of a file, reading it once.
     *
     * @param file the file
     * @return UTF-8 or Windows-1250
     * @throws IOException            when the file cannot be read
     * @throws UnreadableCsvException when it is binary or damaged UTF-8
     */
    public static Charset detect(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        int line = 1;
        boolean letters = false;
        boolean first = true;
        try (InputStream stream = Files.newInputStream(file)) {
            while (true) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                boolean end = read < 0;
                if (!end) {
                    in.position(in.position() + read);
                }
                in.flip();
                if (first) {
                    refuseBinary(in);
                    first = false;
                }
                CoderResult result = utf8.decode(in, out, end);
                out.flip();
                while (out.hasRemaining()) {
                    char c = out.get();
                    if (c == '\n') {
                        line++;
                    } else if (c > 0x7F) {
                        letters = true;
                    } else if (c == 0) {
                        throw new UnreadableCsvException(UnreadableCsvException.Kind.NOT_TEXT, line, "UTF-8");
                    }
                }
                out.clear();
                if (result.isError()) {
                    if (letters) {
                        throw new UnreadableCsvException(UnreadableCsvException.Kind.BAD_ENCODING, line, "UTF-8");
                    }
                    return WINDOWS_1250;
                }
                in.compact();
                if (end) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
    }

    /**
     * Refuses a file whose start holds NUL or many control bytes: a spreadsheet's binary format, an
     * image, anything but text.
     *
     * @param start the file's first bytes
     */
    static void refuseBinary(ByteBuffer start) {
        int controls = 0;
        for (int i = start.position(); i < start.limit(); i++) {
            byte b = start.get(i);
            if (b == 0) {
                throw new UnreadableCsvException(UnreadableCsvException.Kind.NOT_TEXT, 0, "");
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                controls++;
            }
        }
        if (controls * 100 > start.remaining()) {
            throw new UnreadableCsvException(UnreadableCsvException.Kind.NOT_TEXT, 0, "");
        }
    }
}
