package hu.webshopsync.host.csv;

import hu.webshopsync.host.catalog.UpsertCounts;
import java.util.List;

/**
 * What an import did.
 *
 * @param counts   products created, updated and unchanged
 * @param problems the refused rows, in file order
 */
public record ImportReport(UpsertCounts counts, List<RowProblem> problems) {

    /**
     * Copies the problems.
     */
    public ImportReport {
        problems = List.copyOf(problems);
    }
}
