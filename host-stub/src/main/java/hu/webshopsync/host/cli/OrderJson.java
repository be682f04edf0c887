package hu.webshopsync.host.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import hu.webshopsync.api.Address;
import hu.webshopsync.host.orders.OrderView;
import hu.webshopsync.host.text.Formats;
import java.util.List;

/**
 * One customer order as {@code orders list --json} prints it; the field order is the agreed shape.
 * Amounts and quantities are exact decimal strings, the date an ISO instant, the status the state's
 * wire name ({@code open}, {@code fulfilled}, {@code cancelled}).
 */
record OrderJson(String number, String externalRef, String status, String date, CustomerJson customer,
                 AddressJson billing, AddressJson shipping, String paymentMethod, String currency, String netTotal,
                 String vatTotal, String grossTotal, boolean needsReview, List<String> reviewReasons,
                 List<LineJson> lines) {

    static OrderJson of(OrderView o) {
        return new OrderJson(o.number(), o.externalReference(), o.state().wireName(), o.orderDate().toString(),
                new CustomerJson(o.customer().name(), o.customer().email(), o.customer().phone(),
                        o.customer().taxNumber()),
                AddressJson.of(o.billing()), AddressJson.of(o.shipping()), o.paymentMethod(), o.currency(),
                Formats.exact(o.netTotal(), true), Formats.exact(o.vatTotal(), true),
                Formats.exact(o.grossTotal(), true), o.needsReview(), o.reviewReasons(),
                o.lines().stream().map(LineJson::of).toList());
    }

    /** {@code orders show --json}: the listing's fields, then what only the order sheet shows. */
    record Detail(@JsonUnwrapped OrderJson order, String cancelReason) {

        static Detail of(OrderView o) {
            return new Detail(OrderJson.of(o), o.cancelReason());
        }
    }

    record CustomerJson(String name, String email, String phone, String taxNumber) {
    }

    record AddressJson(String name, String company, String postcode, String city, String street, String country,
                       String email, String phone) {

        static AddressJson of(Address a) {
            return new AddressJson(a.name(), a.company(), a.postcode(), a.city(), a.street(), a.country(), a.email(),
                    a.phone());
        }
    }

    record LineJson(String sku, String name, String quantity, String unitPriceGross, String vatRate,
                    String lineGross) {

        static LineJson of(OrderView.Line line) {
            return new LineJson(line.sku(), line.name(), Formats.exact(line.quantity(), false),
                    Formats.exact(line.unitPriceGross(), true), Formats.exact(line.vatRate(), false),
                    Formats.exact(line.lineGross(), true));
        }
    }
}
