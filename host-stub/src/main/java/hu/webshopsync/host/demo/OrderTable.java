package hu.webshopsync.host.demo;

import hu.webshopsync.host.orders.OrderView;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer orders to deliver as a compact table: number, customer, total, payment, and whether
 * someone must look at the order first (with the reasons under it).
 */
final class OrderTable {

    private final DemoTexts texts;

    OrderTable(DemoTexts texts) {
        this.texts = texts;
    }

    void print(PrintWriter out, List<OrderView> orders) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {texts.get("orders.number"), texts.get("orders.shopRef"), texts.get("orders.customer"),
                texts.get("orders.total"), texts.get("orders.payment"), texts.get("orders.review")});
        for (OrderView o : orders) {
            rows.add(new String[] {o.number(), "#" + o.externalReference(), customer(o),
                    Money.format(o.grossTotal(), o.currency(), texts.locale()),
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

    /** Money as a reader expects it: grouped thousands, the currency after. */
    static final class Money {

        private Money() {
        }

        static String format(BigDecimal amount, String currency, java.util.Locale locale) {
            BigDecimal whole = amount.setScale(amount.stripTrailingZeros().scale() <= 0 ? 0 : 2, RoundingMode.HALF_UP);
            String number = whole.scale() == 0 ? String.format(locale, "%,d", whole.longValueExact())
                    : String.format(locale, "%,.2f", whole);
            // Hungarian groups with a no-break space; a plain one keeps the table readable in any terminal
            return number.replace('\u00A0', ' ').replace('\u202F', ' ') + " " + (currency == null ? "" : currency);
        }
    }
}
