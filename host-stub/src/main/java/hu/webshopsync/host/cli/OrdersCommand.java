package hu.webshopsync.host.cli;

import hu.webshopsync.api.Address;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.orders.OrderView;
import hu.webshopsync.host.text.Formats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code orders list}: the customer orders (Értékesítés › Vevői rendelések) with their lines.
 */
@Command(name = "orders", description = "Customer orders.", subcommands = OrdersCommand.ListOrders.class)
final class OrdersCommand {

    @Command(name = "list", description = "Customer orders with their lines.")
    static final class ListOrders extends HostSubcommand {

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Host host) {
            List<OrderView> orders = host.orderListing().all();
            if (json) {
                new Json().print(out(), orders.stream().map(ListOrders::view).toList());
                return ExitCodes.OK;
            }
            out().println(t("orders.title"));
            if (orders.isEmpty()) {
                out().println(t("orders.none"));
            }
            Formats formats = formats();
            for (OrderView o : orders) {
                out().println(t("orders.line", o.number(), formats.dateTime(o.orderDate()),
                        Objects.toString(o.shopNumber(), "-"), buyer(o), formats.money(o.grossTotal(), o.currency()),
                        t("orderStatus." + o.state().wireName())));
                if (o.needsReview()) {
                    out().println("    " + t("orders.review", String.join("; ", o.reviewReasons())));
                }
                for (OrderView.Line line : o.lines()) {
                    out().println("    " + (line.sku() == null ? "-" : line.sku()) + "  " + line.name() + "  "
                            + formats.number(line.quantity()) + " × " + formats.money(line.unitPriceGross(), o.currency())
                            + " = " + formats.money(line.lineGross(), o.currency())
                            + " (" + formats.number(line.vatRate()) + "%)");
                }
            }
            return ExitCodes.OK;
        }

        /** The name, the company and the tax number, as far as the order has them. */
        private String buyer(OrderView o) {
            StringJoiner buyer = new StringJoiner(", ");
            for (String part : new String[] {o.customer().name(), o.customer().company()}) {
                if (part != null && !part.isBlank()) {
                    buyer.add(part);
                }
            }
            String tax = o.customer().taxNumber();
            if (tax != null && !tax.isBlank()) {
                buyer.add(t("orders.taxNumber", tax));
            }
            return buyer.length() == 0 ? "-" : buyer.toString();
        }

        private static Map<String, Object> view(OrderView o) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("number", o.number());
            view.put("externalRef", o.externalReference());
            view.put("status", o.state().wireName());
            view.put("date", o.orderDate().toString());
            Map<String, Object> customer = new LinkedHashMap<>();
            customer.put("name", o.customer().name());
            customer.put("email", o.customer().email());
            customer.put("phone", o.customer().phone());
            customer.put("taxNumber", o.customer().taxNumber());
            view.put("customer", customer);
            view.put("billing", address(o.billing()));
            view.put("shipping", address(o.shipping()));
            view.put("paymentMethod", o.paymentMethod());
            view.put("currency", o.currency());
            view.put("netTotal", Formats.exact(o.netTotal(), true));
            view.put("vatTotal", Formats.exact(o.vatTotal(), true));
            view.put("grossTotal", Formats.exact(o.grossTotal(), true));
            view.put("needsReview", o.needsReview());
            view.put("reviewReasons", o.reviewReasons());
            List<Map<String, Object>> lines = new ArrayList<>();
            for (OrderView.Line line : o.lines()) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("sku", line.sku());
                l.put("name", line.name());
                l.put("quantity", Formats.exact(line.quantity(), false));
                l.put("unitPriceGross", Formats.exact(line.unitPriceGross(), true));
                l.put("vatRate", Formats.exact(line.vatRate(), false));
                l.put("lineGross", Formats.exact(line.lineGross(), true));
                lines.add(l);
            }
            view.put("lines", lines);
            return view;
        }

        private static Map<String, Object> address(Address a) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("name", a.name());
            view.put("company", a.company());
            view.put("postcode", a.postcode());
            view.put("city", a.city());
            view.put("street", a.street());
            view.put("country", a.country());
            view.put("email", a.email());
            view.put("phone", a.phone());
            return view;
        }
    }
}
