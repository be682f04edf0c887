package hu.webshopsync.host.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> read(String text) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text), ',')) {
            for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                records.add(r.get());
            }
        }
        return records;
    }

    @Test
    void quotedFieldsKeepDelimitersLineBreaksAndDoubledQuotes() throws IOException {
        List<CsvRecord> records = read("a,b,c\r\n\"x,1\",\"line1\nline2\",\"say \"\"hi\"\"\"\r\nlast,,\n");

        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("x,1", "line1\nline2", "say \"hi\"");
        assertThat(records.get(2).fields()).containsExactly("last", "", "");
    }

    @Test
    void recordsCarryTheLineTheyStartOn() throws IOException {
        List<CsvRecord> records = read("h\n\"one\ntwo\nthree\"\nnext");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 5);
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        assertThat(read("\uFEFFsku,name\n").get(0).fields()).containsExactly("sku", "name");
    }

    @Test
    void unclosedQuoteNamesTheLineWhereTheRecordStarts() {
        assertThatThrownBy(() -> read("h\nok\n\"never closed\nmore"))
                .isInstanceOf(CsvSyntaxException.class)
                .satisfies(e -> assertThat(((CsvSyntaxException) e).line()).isEqualTo(3));
    }

    @Test
    void writerQuotesWhatTheReaderReadsBack() throws IOException {
        String line = CsvWriter.line(List.of("plain", "with,comma", "with \"quote\"", "two\nlines"));

        assertThat(read(line + "\n").get(0).fields())
                .containsExactly("plain", "with,comma", "with \"quote\"", "two\nlines");
    }

    @Test
    void spreadsheetLineQuotesFormulaStartsButKeepsPlainNumbers() throws IOException {
        String line = CsvWriter.spreadsheetLine(List.of("=HYPERLINK(\"x\")", "\tTAB", "\rCR", "-5", "-12,5", "-1+1",
                "ár: 3 500 → 4 445 Ft", ""));

        assertThat(read(line + "\n").get(0).fields()).containsExactly("'=HYPERLINK(\"x\")", "'\tTAB", "'\rCR", "-5",
                "-12,5", "'-1+1", "ár: 3 500 → 4 445 Ft", "");
    }
}
