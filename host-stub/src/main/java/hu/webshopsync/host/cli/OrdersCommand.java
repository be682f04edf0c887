package hu.webshopsync.host.cli;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.orders.OrderTransition;
import hu.webshopsync.host.orders.OrderView;
import hu.webshopsync.host.text.Formats;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orders list|show|fulfil|cancel}: the customer orders (Értékesítés › Vevői rendelések), one
 * order's sheet, and the two things the ERP does with an open order.
 */
@Command(name = "orders", description = "Customer orders: list, show, fulfil, cancel.",
        subcommands = {OrdersCommand.ListOrders.class, OrdersCommand.Show.class, OrdersCommand.Fulfil.class,
                OrdersCommand.Cancel.class})
final class OrdersCommand {

    @Command(name = "list", description = "Customer orders with their lines.")
    static final class ListOrders extends HostSubcommand {

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Host host) {
            List<OrderView> orders = host.orderListing().all();
            if (json) {
                new Json().print(out(), orders.stream().map(OrderJson::of).toList());
                return ExitCodes.OK;
            }
            out().println(t("orders.title"));
            if (orders.isEmpty()) {
                out().println(t("orders.none"));
            }
            Formats formats = formats();
            for (OrderView o : orders) {
                out().println(t("orders.line", o.number(), formats.dateTime(o.orderDate()),
                        Objects.toString(o.shopNumber(), "-"), buyer(o, this),
                        formats.money(o.grossTotal(), o.currency()), t("orderStatus." + o.state().wireName())));
                if (o.needsReview()) {
                    out().println("    " + t("orders.review", String.join("; ", o.reviewReasons())));
                }
                printLines(o, this);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "One customer order: its state, buyer, addresses, review reasons and lines.")
    static final class Show extends HostSubcommand {

        @Parameters(index = "0", paramLabel = "NUMBER")
        String number;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Host host) {
            Optional<OrderView> found = host.orderListing().byNumber(number.strip());
            if (found.isEmpty()) {
                err().println(t("orders.unknown", number.strip()));
                return ExitCodes.ERROR;
            }
            OrderView o = found.get();
            if (json) {
                new Json().print(out(), OrderJson.Detail.of(o));
                return ExitCodes.OK;
            }
            Formats formats = formats();
            out().println(t("orders.show.title", o.number()));
            out().println("  " + t("orders.show.state", t("orderStatus." + o.state().wireName())));
            if (o.cancelReason() != null && !o.cancelReason().isBlank()) {
                out().println("  " + t("orders.show.cancelReason", o.cancelReason()));
            }
            out().println("  " + t("orders.show.date", formats.dateTime(o.orderDate())));
            out().println("  " + t("orders.show.shop", Objects.toString(o.shopNumber(), "-")));
            out().println("  " + t("orders.show.customer", buyer(o, this)));
            out().println("  " + t("orders.show.billing", dash(OrderView.oneLine(o.billing()))));
            out().println("  " + t("orders.show.shipping", dash(OrderView.oneLine(o.shipping()))));
            out().println("  " + t("orders.show.payment", dash(o.paymentMethod())));
            out().println("  " + t("orders.show.total", formats.money(o.grossTotal(), o.currency()),
                    formats.money(o.netTotal(), o.currency()), formats.money(o.vatTotal(), o.currency())));
            if (o.needsReview()) {
                out().println("  " + t("orders.review", String.join("; ", o.reviewReasons())));
            }
            out().println("  " + t("orders.show.lines"));
            printLines(o, this);
            return ExitCodes.OK;
        }
    }

    @Command(name = "fulfil", description = "Fulfils an open order: its products leave the stock on hand and"
            + " the reservation.")
    static final class Fulfil extends HostSubcommand {

        @Parameters(index = "0", paramLabel = "NUMBER")
        String number;

        @Override
        int run(Host host) {
            OrderTransition result = host.orderLifecycle().fulfil(number.strip());
            return report(result, "orders.fulfilled", this);
        }
    }

    @Command(name = "cancel", description = "Cancels an open order: its stock reservation is released.")
    static final class Cancel extends HostSubcommand {

        @Parameters(index = "0", paramLabel = "NUMBER")
        String number;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why the order is cancelled; kept on the order.")
        String reason;

        @Override
        int run(Host host) {
            OrderTransition result = host.orderLifecycle().cancel(number.strip(),
                    reason == null ? "" : reason);
            return report(result, "orders.cancelled", this);
        }
    }

    /** What became of a fulfil or cancel, in the user's words; a refusal names the order and its state. */
    private static int report(OrderTransition result, String doneKey, HostSubcommand command) {
        if (result instanceof OrderTransition.Done done) {
            command.out().println(command.t(doneKey, done.order().number()));
            return ExitCodes.OK;
        }
        if (result instanceof OrderTransition.NotOpen refused) {
            command.err().println(command.t("orders.notOpen", refused.order().number(),
                    command.t("orderStatus." + refused.order().state().wireName())));
        } else {
            command.err().println(command.t("orders.unknown", ((OrderTransition.Unknown) result).number()));
        }
        return ExitCodes.ERROR;
    }

    private static void printLines(OrderView o, HostSubcommand command) {
        Formats formats = command.formats();
        for (OrderView.Line line : o.lines()) {
            command.out().println("    " + (line.sku() == null ? "-" : line.sku()) + "  " + line.name() + "  "
                    + formats.number(line.quantity()) + " × " + formats.money(line.unitPriceGross(), o.currency())
                    + " = " + formats.money(line.lineGross(), o.currency())
                    + " (" + formats.number(line.vatRate()) + "%)");
        }
    }

    /** The name, the company and the tax number, as far as the order has them. */
    private static String buyer(OrderView o, HostSubcommand command) {
        StringJoiner buyer = new StringJoiner(", ");
        for (String part : new String[] {o.customer().name(), o.customer().company()}) {
            if (part != null && !part.isBlank()) {
                buyer.add(part);
            }
        }
        String tax = o.customer().taxNumber();
        if (tax != null && !tax.isBlank()) {
            buyer.add(command.t("orders.taxNumber", tax));
        }
        return buyer.length() == 0 ? "-" : buyer.toString();
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
