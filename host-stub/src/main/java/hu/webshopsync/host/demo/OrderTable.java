package hu.webshopsync.host.demo;

import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.orders.OrderView;
import hu.webshopsync.host.text.Formats;
import hu.webshopsync.host.text.Texts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The customer orders to deliver as a compact table: number, customer, total, payment, and whether
 * someone must look at the order first (with the reasons under it).
 */
final class OrderTable {

    private final Texts texts;
    private final Formats formats;

    OrderTable(Texts texts) {
        this.texts = texts;
        this.formats = Formats.forTerminal(texts.locale(), HostConfig.ERP_ZONE);
    }

    void print(PrintWriter out, List<OrderView> orders) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {texts.get("orders.number"), texts.get("orders.shopRef"), texts.get("orders.customer"),
                texts.get("orders.total"), texts.get("orders.payment"), texts.get("orders.review")});
        for (OrderView o : orders) {
            rows.add(new String[] {o.number(), Objects.toString(o.shopNumber(), "-"), customer(o),
                    formats.money(o.grossTotal(), o.currency()),
                    o.paymentMethod() == null ? "-" : o.paymentMethod(),
                    o.needsReview() ? texts.get("orders.reviewYes") : "-"});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.length; i++) {
                // the total is right-aligned, so the forints line up
                String cell = i == 3 ? pad(row[i], widths[i], true) : pad(row[i], widths[i], false);
                line.append(' ').append(cell).append(' ');
            }
            out.println(line.toString().stripTrailing());
            if (r > 0) {
                for (String reason : orders.get(r - 1).reviewReasons()) {
                    out.println("      ↳ " + reason);
                }
            }
        }
    }

    private static String customer(OrderView o) {
        String company = o.customer().company();
        String tax = o.customer().taxNumber();
        String name = company != null && !company.isBlank() ? company : o.customer().name();
        return tax != null && !tax.isBlank() ? name + " (" + tax + ")" : name;
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }
}
