package hu.webshopsync.host.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductQuery;
import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.catalog.InvalidProductValue;
import hu.webshopsync.host.catalog.ProductEditor;
import hu.webshopsync.host.catalog.SheetFields;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code products import|list|show|set}: the product master (Termékkezelés › Termékek).
 */
@Command(name = "products", description = "Products: import, list, show, set.",
        subcommands = {ProductImportCommand.class, ProductsCommand.ListProducts.class, ProductsCommand.Show.class,
                ProductsCommand.Set.class})
final class ProductsCommand {

    private static final int PAGE = 1_000;

    @Command(name = "list", description = "All products with price, category, visible fields and stock.")
    static final class ListProducts extends HostSubcommand {

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Host host) throws IOException {
            loadPlugins(host);
            ProductViews views = new ProductViews(host, host.sheetFields().visible());
            if (json) {
                try (JsonGenerator generator = new Json().stream(out())) {
                    generator.writeStartArray();
                    for (ProductQuery q = ProductQuery.all(PAGE); q != null; ) {
                        List<Product> page = host.services().products().find(q);
                        for (ProductView view : views.views(page)) {
                            generator.writeObject(view);
                        }
                        q = page.size() < PAGE ? null : q.after(page.get(page.size() - 1).sku());
                    }
                    generator.writeEndArray();
                }
                out().println();
                out().flush();
                return ExitCodes.OK;
            }
            out().println(t("products.title"));
            int count = 0;
            for (ProductQuery q = ProductQuery.all(PAGE); q != null; ) {
                List<Product> page = host.services().products().find(q);
                for (ProductView view : views.views(page)) {
                    out().println(line(view, views.visibleFields(), host.services().currency()));
                    count++;
                }
                q = page.size() < PAGE ? null : q.after(page.get(page.size() - 1).sku());
            }
            out().println(t("products.count", count));
            return ExitCodes.OK;
        }

        private String line(ProductView view, List<ProductSheetField> fields, String currency) {
            StringBuilder line = new StringBuilder();
            line.append(view.sku()).append(" | ").append(view.name())
                    .append(" | ").append(t("products.net")).append(' ').append(money(view.netPrice(), currency, this))
                    .append(" | ").append(t("products.vat")).append(' ').append(view.vatRate())
                    .append(" | ").append(t("products.gross")).append(' ').append(money(view.grossPrice(), currency, this));
            if (view.category() != null) {
                line.append(" | ").append(view.category());
            }
            for (ProductSheetField field : fields) {
                line.append(" | ").append(field.label(messages().locale())).append(": ")
                        .append(fieldText(view.fields().get(field.key()), this));
            }
            view.stock().forEach((wh, qty) -> line.append(" | ").append(wh).append(": ").append(quantity(qty, this)));
            return line.toString();
        }
    }

    @Command(name = "show", description = "The product sheet of one product, with the visible plugin fields.")
    static final class Show extends HostSubcommand {

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Host host) {
            loadPlugins(host);
            Optional<Product> product = host.services().products().bySku(sku);
            if (product.isEmpty()) {
                err().println(t("products.unknown", sku));
                return ExitCodes.ERROR;
            }
            ProductViews views = new ProductViews(host, host.sheetFields().visible());
            ProductView view = views.views(List.of(product.get())).get(0);
            if (json) {
                new Json().print(out(), view);
                return ExitCodes.OK;
            }
            String currency = host.services().currency();
            out().println(t("sheet.title", view.sku()));
            out().println("  " + t("sheet.sku", view.sku()));
            out().println("  " + t("sheet.name", view.name()));
            out().println("  " + t("sheet.unit", view.unit()));
            out().println("  " + t("sheet.netPrice", money(view.netPrice(), currency, this)));
            out().println("  " + t("sheet.vatRate", view.vatRate()));
            out().println("  " + t("sheet.grossPrice", money(view.grossPrice(), currency, this)));
            out().println("  " + t("sheet.category", orDash(view.category())));
            out().println("  " + t("sheet.image", orDash(view.image())));
            out().println("  " + t("sheet.note", view.note()));
            for (ProductSheetField field : views.visibleFields()) {
                out().println("  " + field.label(messages().locale()) + ": "
                        + fieldText(view.fields().get(field.key()), this));
            }
            view.stock().forEach((wh, qty) -> out().println("  " + t("sheet.stock", wh, quantity(qty, this))));
            return ExitCodes.OK;
        }

        private static String orDash(String value) {
            return value == null ? "-" : value;
        }
    }

    @Command(name = "set", description = "Sets the product's own fields (name, unit, net_price, vat_rate, note,"
            + " category, image) and plugin fields on the product sheet, e.g. net_price=1990 webshop=true.")
    static final class Set extends HostSubcommand {

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Parameters(index = "1..*", paramLabel = "FIELD=VALUE", arity = "1..*")
        List<String> assignments = new ArrayList<>();

        @Option(names = "--image-root", paramLabel = "DIR",
                description = "The folder an image=PATH must lie in (default: the current folder).")
        Path imageRoot;

        @Override
        int run(Host host) {
            loadPlugins(host);
            SheetFields sheet = host.sheetFields();
            Optional<Product> product = host.services().products().bySku(sku);
            if (product.isEmpty()) {
                err().println(t("products.unknown", sku));
                return ExitCodes.ERROR;
            }
            Map<String, String> own = new LinkedHashMap<>();
            Map<String, String> values = new LinkedHashMap<>();
            for (String assignment : assignments) {
                int eq = assignment.indexOf('=');
                if (eq <= 0) {
                    err().println(t("set.syntax", assignment));
                    return ExitCodes.ERROR;
                }
                String key = assignment.substring(0, eq).strip();
                (ProductEditor.owns(key) ? own : values).put(key, assignment.substring(eq + 1));
            }
            // all values are checked before any is stored, so a refused command changes nothing
            for (Map.Entry<String, String> e : values.entrySet()) {
                Optional<SheetFields.Refusal> refusal = sheet.check(e.getKey(), e.getValue());
                if (refusal.isPresent()) {
                    err().println(refusalText(refusal.get(), e.getKey(), e.getValue(), host));
                    return ExitCodes.ERROR;
                }
            }
            Path here = Path.of("").toAbsolutePath();
            Map<String, InvalidProductValue> refused = new ProductEditor(host.database(), host.config().clock())
                    .edit(product.get(), own, new ProductEditor.ImageScope(here, imageRoot == null ? here : imageRoot));
            refused.forEach((key, refusal) -> err().println(t("set.invalidOwn", sku, key,
                    t("import.problem." + refusal.problem().name(), refusal.detail()))));
            if (!refused.isEmpty()) {
                return ExitCodes.ERROR;
            }
            own.forEach((key, value) -> out().println(t("set.done", sku, key, value)));
            for (Map.Entry<String, String> e : values.entrySet()) {
                Optional<SheetFields.Refusal> refusal = sheet.set(sku, e.getKey(), e.getValue());
                if (refusal.isPresent()) {
                    err().println(refusalText(refusal.get(), e.getKey(), e.getValue(), host));
                    return ExitCodes.ERROR;
                }
                out().println(t("set.done", sku, label(host, e.getKey()), e.getValue()));
            }
            return ExitCodes.OK;
        }

        private String refusalText(SheetFields.Refusal refusal, String key, String value, Host host) {
            return switch (refusal) {
                case UNKNOWN_FIELD -> t("set.unknownField", key, sku);
                case NOT_VISIBLE -> t("set.notVisible", label(host, key), sku);
                case INVALID_VALUE -> t("set.invalid", value, label(host, key), t("fieldType." + host.extensions()
                        .sheetFields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().type()));
                case UNKNOWN_PRODUCT -> t("products.unknown", sku);
            };
        }

        private String label(Host host, String key) {
            return host.extensions().sheetFields().stream().filter(f -> f.key().equals(key)).findFirst()
                    .map(f -> f.label(messages().locale()) + " (" + key + ")").orElse(key);
        }
    }

    /** A view's exact amount as people read it, e.g. {@code 7 850 Ft}. */
    private static String money(String exact, String currency, HostSubcommand command) {
        return command.formats().money(new BigDecimal(exact), currency);
    }

    private static String quantity(String exact, HostSubcommand command) {
        return command.formats().number(new BigDecimal(exact));
    }

    static String fieldText(String value, HostSubcommand command) {
        if (value == null) {
            return "-";
        }
        return switch (value) {
            case "true" -> command.t("value.true");
            case "false" -> command.t("value.false");
            default -> value;
        };
    }
}
