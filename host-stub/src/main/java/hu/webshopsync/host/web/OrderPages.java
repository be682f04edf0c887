package hu.webshopsync.host.web;

import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.OrderListAction;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.orders.OrderTransition;
import hu.webshopsync.host.orders.OrderView;
import hu.webshopsync.host.text.Formats;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Értékesítés › Vevői rendelések: the customer orders with the plugins' buttons, and one order with
 * its lines.
 */
final class OrderPages {

    private final Host host;
    private final Layout layout;

    OrderPages(Host host, Layout layout) {
        this.host = host;
        this.layout = layout;
    }

    void list(WebRequest r) {
        List<OrderView> orders = host.orderListing().all();
        Formats formats = Formats.forPage(r.locale(), HostConfig.ERP_ZONE);
        Html h = new Html();
        h.open("form", "method", "post", "action", "/actions/start", "id", "order-actions")
                .append(r.csrfField())
                .open("input", "type", "hidden", "name", "from", "value", "orders");
        h.open("div", "class", "toolbar");
        for (OrderListAction action : host.extensions().orderActions()) {
            h.element("button", action.label(r.locale()), "type", "submit", "name", "action", "value", action.id(),
                    "class", "action", "id", "action-" + action.id());
        }
        h.close("div");
        h.open("table", "class", "grid", "id", "orders").open("thead").open("tr")
                .element("th", "", "class", "select")
                .element("th", r.t("orders.number"))
                .element("th", r.t("orders.shop"))
                .element("th", r.t("orders.date"))
                .element("th", r.t("orders.customer"))
                .element("th", r.t("orders.total"), "class", "num")
                .element("th", r.t("orders.status"))
                .element("th", r.t("orders.review"))
                .close("tr").close("thead").open("tbody");
        for (OrderView o : orders) {
            h.open("tr", "data-number", o.number()).open("td", "class", "select")
                    .open("input", "type", "checkbox", "name", "sku", "value", o.number(),
                            "aria-label", r.t("orders.select", o.number()))
                    .close("td")
                    .open("td", "class", "nowrap")
                    .element("a", o.number(), "href", "/order?number=" + WebRequest.encode(o.number()))
                    .close("td")
                    .element("td", dash(o.shopNumber()), "class", "nowrap")
                    .element("td", formats.dateTime(o.orderDate()), "class", "nowrap")
                    .open("td");
            buyer(h, r, o);
            h.close("td")
                    .element("td", formats.money(o.grossTotal(), o.currency()), "class", "num")
                    .element("td", r.t("orderStatus." + o.state().wireName()), "class", "nowrap");
            h.open("td");
            review(h, r, o);
            h.close("td").close("tr");
        }
        if (orders.isEmpty()) {
            h.open("tr").element("td", r.t("orders.none"), "colspan", "8", "class", "empty").close("tr");
        }
        h.close("tbody").close("table").close("form");
        h.element("p", r.t("orders.count", orders.size()), "class", "count");
        r.ctx().html(layout.page(r, MenuItem.ORDERS, r.t("orders.title"), h, null));
    }

    void detail(WebRequest r) {
        String number = r.ctx().queryParam("number");
        Optional<OrderView> found = number == null ? Optional.empty() : host.orderListing().byNumber(number);
        if (found.isEmpty()) {
            unknown(r, number == null ? "" : number);
            return;
        }
        OrderView o = found.get();
        Formats formats = Formats.forPage(r.locale(), HostConfig.ERP_ZONE);
        Html h = new Html();
        if (o.needsReview()) {
            h.open("div", "class", "notice error");
            review(h, r, o);
            h.close("div");
        }
        h.open("table", "class", "details", "id", "order");
        row(h, r.t("orders.number"), o.number());
        row(h, r.t("orders.shopNumber"), o.shopNumber());
        row(h, r.t("orders.date"), formats.dateTime(o.orderDate()));
        row(h, r.t("orders.status"), r.t("orderStatus." + o.state().wireName()));
        if (o.state() == CustomerOrderState.CANCELLED) {
            row(h, r.t("orders.cancelReason"), o.cancelReason());
        }
        row(h, r.t("orders.source"), o.externalSource() == null ? null
                : r.t("orders.sourceValue", o.externalSource(), Optional.ofNullable(o.externalReference()).orElse("")));
        row(h, r.t("orders.customer"), customer(o));
        row(h, r.t("orders.taxNumber"), o.customer().taxNumber());
        row(h, r.t("orders.email"), o.customer().email());
        row(h, r.t("orders.billing"), OrderView.oneLine(o.billing()));
        row(h, r.t("orders.shipping"), OrderView.oneLine(o.shipping()));
        row(h, r.t("orders.payment"), o.paymentMethod());
        h.close("table");
        if (o.state() == CustomerOrderState.OPEN) {
            lifecycleButtons(h, r, o);
        }
        h.element("h2", r.t("orders.lines"));
        h.open("table", "class", "grid", "id", "lines").open("thead").open("tr")
                .element("th", r.t("orders.line.sku"))
                .element("th", r.t("orders.line.name"))
                .element("th", r.t("orders.line.quantity"), "class", "num")
                .element("th", r.t("orders.line.unitGross"), "class", "num")
                .element("th", r.t("orders.line.vat"), "class", "num")
                .element("th", r.t("orders.line.net"), "class", "num")
                .element("th", r.t("orders.line.gross"), "class", "num")
                .close("tr").close("thead").open("tbody");
        for (OrderView.Line line : o.lines()) {
            h.open("tr").element("td", line.sku() == null ? "–" : line.sku())
                    .element("td", line.name())
                    .element("td", formats.number(line.quantity()), "class", "num")
                    .element("td", formats.money(line.unitPriceGross(), o.currency()), "class", "num")
                    .element("td", formats.number(line.vatRate()) + "%", "class", "num")
                    .element("td", formats.money(line.lineNet(), o.currency()), "class", "num")
                    .element("td", formats.money(line.lineGross(), o.currency()), "class", "num")
                    .close("tr");
        }
        h.close("tbody").open("tfoot").open("tr")
                .element("th", r.t("orders.totals"), "colspan", "5")
                .element("td", formats.money(o.netTotal(), o.currency()), "class", "num")
                .element("td", formats.money(o.grossTotal(), o.currency()), "class", "num")
                .close("tr").close("tfoot").close("table");
        h.open("p").element("a", r.t("orders.back"), "href", "/orders").close("p");
        r.ctx().html(layout.page(r, MenuItem.ORDERS, r.t("orders.detailTitle", o.number()), h, null));
    }

    /** Teljesítés: the goods leave the warehouse. */
    void fulfil(WebRequest r) {
        String number = Optional.ofNullable(r.ctx().formParam("number")).orElse("");
        change(r, number, host.orderLifecycle().fulfil(number), "orders.fulfilled");
    }

    /** Sztornó: the reservation is released, with the reason typed next to the button. */
    void cancel(WebRequest r) {
        String number = Optional.ofNullable(r.ctx().formParam("number")).orElse("");
        String reason = Optional.ofNullable(r.ctx().formParam("reason")).orElse("");
        change(r, number, host.orderLifecycle().cancel(number, reason), "orders.cancelled");
    }

    /** Back to the order with what happened; a page left open while the order changed gets the refusal. */
    private void change(WebRequest r, String number, OrderTransition result, String doneKey) {
        if (result instanceof OrderTransition.Unknown) {
            unknown(r, number);
            return;
        }
        if (result instanceof OrderTransition.NotOpen refused) {
            r.notice(r.t("orders.notOpen", number, r.t("orderStatus." + refused.order().state().wireName())), true,
                    null);
        } else {
            r.notice(r.t(doneKey, number), false, null);
        }
        r.ctx().redirect("/order?number=" + WebRequest.encode(number), HttpStatus.SEE_OTHER);
    }

    private static void lifecycleButtons(Html h, WebRequest r, OrderView o) {
        h.open("div", "class", "toolbar", "id", "order-actions");
        h.open("form", "method", "post", "action", "/order/fulfil", "class", "inline")
                .append(r.csrfField())
                .open("input", "type", "hidden", "name", "number", "value", o.number())
                .element("button", r.t("orders.fulfil"), "type", "submit", "id", "fulfil",
                        "title", r.t("orders.fulfilHint"))
                .close("form");
        h.open("form", "method", "post", "action", "/order/cancel", "class", "inline")
                .append(r.csrfField())
                .open("input", "type", "hidden", "name", "number", "value", o.number())
                .open("label", "for", "cancel-reason").text(r.t("orders.cancelReason")).close("label")
                .open("input", "type", "text", "name", "reason", "id", "cancel-reason", "maxlength", "2000",
                        "placeholder", r.t("orders.cancelReasonHint"))
                .element("button", r.t("orders.cancel"), "type", "submit", "id", "cancel", "class", "secondary",
                        "title", r.t("orders.cancelHint"))
                .close("form");
        h.close("div");
    }

    private static void review(Html h, WebRequest r, OrderView o) {
        if (!o.needsReview()) {
            return;
        }
        h.element("span", r.t("orders.needsReview"), "class", "badge warn", "title",
                String.join("; ", o.reviewReasons()));
        if (!o.reviewReasons().isEmpty()) {
            h.open("ul", "class", "reasons");
            o.reviewReasons().forEach(reason -> h.element("li", reason));
            h.close("ul");
        }
    }

    /** The buyer in a list cell: the name, and under it the company and tax number an invoice needs. */
    private static void buyer(Html h, WebRequest r, OrderView o) {
        String name = o.customer().name();
        String company = o.customer().company();
        String tax = o.customer().taxNumber();
        boolean hasName = name != null && !name.isBlank();
        h.text(hasName ? name : dash(company));
        List<String> sub = new ArrayList<>();
        if (hasName && company != null && !company.isBlank()) {
            sub.add(company);
        }
        if (tax != null && !tax.isBlank()) {
            sub.add(r.t("orders.taxNumberValue", tax));
        }
        sub.forEach(line -> h.element("span", line, "class", "sub"));
    }

    private static String customer(OrderView o) {
        List<String> parts = new ArrayList<>();
        if (o.customer().name() != null && !o.customer().name().isBlank()) {
            parts.add(o.customer().name());
        }
        if (o.customer().company() != null && !o.customer().company().isBlank()) {
            parts.add(o.customer().company());
        }
        return String.join(" – ", parts);
    }

    private void unknown(WebRequest r, String number) {
        r.ctx().status(HttpStatus.NOT_FOUND);
        r.ctx().html(layout.page(r, MenuItem.ORDERS, r.t("orders.title"),
                new Html().element("p", r.t("orders.unknown", number)), null));
    }

    private static void row(Html h, String label, String value) {
        h.open("tr").element("th", label).element("td", dash(value)).close("tr");
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
