package hu.webshopsync.host.csv;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes CSV records per RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
 *
 * <p>Two flavours: {@link #line} writes fields exactly (files the host reads back, such as the
 * product import), {@link #spreadsheetLine} writes exports a person opens in a spreadsheet, where a
 * cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return or NUL would be
 * taken for a formula (CSV injection). Such a cell gets a leading {@code '}, which spreadsheets read as
 * "this is text", as OWASP recommends. A cell that is nothing but a number ({@code -5}, {@code -12,5})
 * is left alone: no spreadsheet evaluates it as anything but that number, and a quote would turn a
 * negative stock into text nobody can add up.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r\0";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private CsvWriter() {
    }

    /**
     * One record as a line (without the line break), fields written exactly.
     *
     * @param fields the fields
     * @return the line
     */
    public static String line(List<String> fields) {
        return fields.stream().map(CsvWriter::field).collect(Collectors.joining(","));
    }

    /**
     * One record of an export meant for a spreadsheet, formula-looking cells neutralised.
     *
     * @param fields the fields
     * @return the line
     */
    public static String spreadsheetLine(List<String> fields) {
        return fields.stream().map(CsvWriter::neutralised).map(CsvWriter::field).collect(Collectors.joining(","));
    }

    static String neutralised(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    private static String field(String value) {
        String v = value == null ? "" : value;
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
