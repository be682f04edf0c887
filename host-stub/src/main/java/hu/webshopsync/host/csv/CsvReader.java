package hu.webshopsync.host.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV as RFC 4180 describes it: fields separated by a delimiter, optionally in double quotes;
 * inside quotes the delimiter and line breaks are data and {@code ""} is one quote. Lines end in
 * CRLF or LF. A byte order mark at the start is skipped. Records are read one at a time, so a
 * large file is never held in memory.
 *
 * <p>Hand-written rather than Commons CSV or Jackson's CSV module, which were tried on this
 * reader's cases: both refuse a whole file for text after a closing quote ({@code "a"b}), which
 * this reader keeps as data as spreadsheets do (Commons CSV only with an option); neither skips a
 * byte order mark from a {@code Reader}; Commons CSV has no bound on a record, so an unclosed quote
 * reads the rest of the file into memory, and brings commons-io and commons-codec along; and both
 * report an unclosed quote only in an exception's message. The wrapper those gaps need would be
 * about as long as this reader's hundred lines of code.
 */
public final class CsvReader implements AutoCloseable {

    private static final int BOM = '\uFEFF';
    /** Longest record read; a quote that never closes would otherwise pull the rest of the file into memory. */
    static final int RECORD_MAX = 1 << 21;

    private final Reader reader;
    private final char delimiter;
    private int line = 1;
    private int pushedBack = -2;
    private boolean started;

    /**
     * Creates the reader.
     *
     * @param reader    the text, buffered by the caller
     * @param delimiter the field delimiter, usually {@code ,}
     */
    public CsvReader(Reader reader, char delimiter) {
        this.reader = reader;
        this.delimiter = delimiter;
    }

    /**
     * The next record.
     *
     * @return the record, or empty at the end of the input
     * @throws IOException          when the input cannot be read
     * @throws CsvSyntaxException   when a quoted field is not closed or a record is too long
     */
    public Optional<CsvRecord> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == BOM) {
                c = read();
            }
        }
        if (c == -1) {
            return Optional.empty();
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int length = 0;
        while (true) {
            if (++length > RECORD_MAX) {
                throw new CsvSyntaxException(startLine, CsvSyntaxException.Kind.TOO_LONG);
            }
            if (quoted) {
                if (c == -1) {
                    throw new CsvSyntaxException(startLine, CsvSyntaxException.Kind.UNCLOSED_QUOTE);
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        unread(n);
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return Optional.of(new CsvRecord(startLine, fields));
            } else if (c == '"' && field.length() == 0 && !afterQuote) {
                quoted = true;
            } else {
                // text after a closing quote or a quote inside an unquoted field: kept as data, as most tools do
                field.append((char) c);
            }
            c = read();
        }
    }

    /**
     * The line the reader is on, for a message about a read that failed.
     *
     * @return the line, 1-based
     */
    public int line() {
        return line;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return reader.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
