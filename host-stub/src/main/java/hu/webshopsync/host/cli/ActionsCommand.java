package hu.webshopsync.host.cli;

import hu.webshopsync.api.ListAction;
import hu.webshopsync.host.Host;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code actions products|orders}: the buttons plugins add to a list.
 */
@Command(name = "actions", description = "The actions on the products or orders list: id and label.")
final class ActionsCommand extends HostSubcommand {

    /** The lists that carry actions. */
    enum ListName { products, orders }

    @Parameters(index = "0", paramLabel = "products|orders", description = "${COMPLETION-CANDIDATES}")
    ListName list;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Host host) {
        loadPlugins(host);
        List<? extends ListAction> actions = list == ListName.products
                ? host.extensions().productActions() : host.extensions().orderActions();
        List<Map<String, String>> rows = new ArrayList<>();
        for (ListAction action : actions) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", action.id());
            row.put("label", action.label(messages().locale()));
            rows.add(row);
        }
        if (json) {
            new Json().print(out(), rows);
            return ExitCodes.OK;
        }
        out().println(t("actions.title." + list.name()));
        if (rows.isEmpty()) {
            out().println(t("actions.none"));
        }
        rows.forEach(row -> out().println("  " + row.get("id") + "  " + row.get("label")));
        return ExitCodes.OK;
    }
}
