package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code /wc/v3/settings/{group}/{id}} for the four store settings the plugin reads (captures 55) and
 * {@code /wc/v3/system_status} (capture 01). Answers are the captured documents with the emulator's
 * values put in; {@code php_max_execution_time} is the server model's time limit (0, PHP's "none",
 * when the model has none).
 */
final class SettingsHandler {

    private static final Map<String, String> GROUPS = Map.of(
            "woocommerce_calc_taxes", "general",
            "woocommerce_currency", "general",
            "woocommerce_price_num_decimals", "general",
            "woocommerce_prices_include_tax", "tax");

    private final ShopState state;
    private final ShopSettings settings;
    private final ServerModel server;

    SettingsHandler(ShopState state, ShopSettings settings, ServerModel server) {
        this.state = state;
        this.settings = settings;
        this.server = server;
    }

    void register(Router router) {
        router.add("GET", "/wp-json/wc/v3/settings/<group>/<setting>", Router.Realm.WOO, this::setting)
                .add("GET", "/wp-json/wc/v3/system_status", Router.Realm.WOO, this::systemStatus);
    }

    private Response setting(Call call) {
        String group = call.param("group");
        String id = call.param("setting");
        call.authorize(Permission.VIEW);
        if (!GROUPS.containsValue(group)) {
            throw new ApiException(404, "rest_setting_setting_group_invalid", "Invalid setting group.");
        }
        if (!group.equals(GROUPS.get(id))) {
            throw new ApiException(404, "rest_setting_setting_invalid", "Invalid setting.");
        }
        ObjectNode doc = (ObjectNode) load("setting_" + id + ".json");
        doc.put("value", switch (id) {
            case "woocommerce_calc_taxes" -> settings.calcTaxes() ? "yes" : "no";
            case "woocommerce_prices_include_tax" -> settings.pricesIncludeTax() ? "yes" : "no";
            case "woocommerce_currency" -> settings.currency();
            default -> Integer.toString(Money.DECIMALS);
        });
        ObjectNode links = doc.putObject("_links");
        links.putArray("self").addObject().put("href", settings.restUrl("/wc/v3/settings/" + group + "/" + id));
        links.putArray("collection").addObject().put("href", settings.restUrl("/wc/v3/settings/" + group));
        return Response.json(200, doc);
    }

    private Response systemStatus(Call call) {
        call.authorize(Permission.LIST);
        ObjectNode doc = (ObjectNode) load("system_status.json");
        ObjectNode env = (ObjectNode) doc.get("environment");
        env.put("home_url", settings.baseUrl());
        env.put("site_url", settings.baseUrl());
        env.put("version", ShopSettings.VERSION);
        env.put("server_info", "webshop-emulator (Java " + Runtime.version().feature() + ")");
        // PHP's setting is whole seconds
        env.put("php_max_execution_time", (server.maxExecutionMs() + 999) / 1000);
        ObjectNode s = (ObjectNode) doc.get("settings");
        s.put("currency", settings.currency());
        s.put("currency_symbol", settings.currencySymbolHtml());
        s.put("number_of_decimals", Money.DECIMALS);
        ArrayNode counts = doc.putArray("post_type_counts");
        long products = state.products.values().stream().filter(p -> !"trash".equals(p.status)).count();
        counts.addObject().put("type", "attachment").put("count", Integer.toString(state.media.size()));
        counts.addObject().put("type", "product").put("count", Long.toString(products));
        counts.addObject().put("type", "shop_order").put("count", Integer.toString(state.orders.size()));
        return Response.json(200, doc);
    }

    private static JsonNode load(String name) {
        try (InputStream in = SettingsHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
