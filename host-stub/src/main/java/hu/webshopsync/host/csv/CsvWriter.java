package hu.webshopsync.host.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV records per RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /**
     * One record as a line (without the line break).
     *
     * @param fields the fields
     * @return the line
     */
    public static String line(List<String> fields) {
        return fields.stream().map(CsvWriter::field).collect(Collectors.joining(","));
    }

    private static String field(String value) {
        String v = value == null ? "" : value;
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
