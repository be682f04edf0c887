package hu.webshopsync.host.cli;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.inventory.StockWriter;
import hu.webshopsync.host.text.DecimalText;
import hu.webshopsync.host.text.Formats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code stock set SKU WAREHOUSE QTY}: sets the quantity on hand (Készletkezelés).
 */
@Command(name = "stock", description = "Stock: set the quantity on hand.", subcommands = StockCommand.SetStock.class)
final class StockCommand {

    @Command(name = "set", description = "Sets a product's quantity on hand in a warehouse (created when new).")
    static final class SetStock extends HostSubcommand {

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Parameters(index = "1", paramLabel = "WAREHOUSE")
        String warehouse;

        @Parameters(index = "2", paramLabel = "QTY")
        String quantity;

        @Override
        int run(Host host) {
            Optional<BigDecimal> qty = DecimalText.parse(quantity);
            if (qty.isEmpty() || qty.get().signum() < 0 || qty.get().stripTrailingZeros().scale() > 4) {
                err().println(t("stock.badQuantity", quantity));
                return ExitCodes.ERROR;
            }
            boolean stored = host.database().inTransaction("setting stock of " + sku, connection -> {
                Long productId;
                try (var select = connection.prepareStatement("SELECT id FROM product WHERE sku = ?")) {
                    select.setString(1, sku);
                    try (var rs = select.executeQuery()) {
                        productId = rs.next() ? rs.getLong(1) : null;
                    }
                }
                if (productId == null) {
                    return false;
                }
                StockWriter.setOnHand(connection, List.of(new StockWriter.OnHand(productId, warehouse.strip(), qty.get())));
                return true;
            });
            if (!stored) {
                err().println(t("products.unknown", sku));
                return ExitCodes.ERROR;
            }
            out().println(t("stock.done", sku, warehouse.strip(), Formats.exact(qty.get(), false)));
            return ExitCodes.OK;
        }
    }
}
