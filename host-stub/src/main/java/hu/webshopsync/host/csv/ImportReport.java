package hu.webshopsync.host.csv;

import hu.webshopsync.host.catalog.UpsertCounts;
import java.util.List;

/**
 * What an import did.
 *
 * @param counts   products created, updated and unchanged
 * @param problems the refused rows, in file order
 * @param encoding the encoding the file was read in, e.g. {@code UTF-8} or {@code windows-1250}
 */
public record ImportReport(UpsertCounts counts, List<RowProblem> problems, String encoding) {

    /**
     * Copies the problems.
     */
    public ImportReport {
        problems = List.copyOf(problems);
    }
}
