package hu.webshopsync.host.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line   the line the record starts on, 1-based (a quoted field may span lines)
 * @param fields the fields, unquoted
 */
public record CsvRecord(int line, List<String> fields) {

    /**
     * Copies the fields.
     */
    public CsvRecord {
        fields = List.copyOf(fields);
    }
}
