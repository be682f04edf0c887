package hu.webshopsync.host.plugins;

import hu.webshopsync.api.HostModule;
import hu.webshopsync.api.ListAction;
import hu.webshopsync.api.OrderListAction;
import hu.webshopsync.api.ProductListAction;
import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.api.ScheduledAction;
import hu.webshopsync.api.SettingDefinition;
import hu.webshopsync.host.catalog.SheetFieldDefaults;
import hu.webshopsync.host.modules.ModuleDefinitions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * The extensions of the started plugins, looked up fresh on every call: the host keeps no extension
 * instance, so a stopped plugin's classes are never held on to.
 */
public final class PluginExtensions implements ModuleDefinitions, SheetFieldDefaults {

    /** The owner id used for extensions on the host's own class path. */
    public static final String SYSTEM = "system";

    private final Supplier<? extends PluginManager> pluginManager;

    /**
     * Creates the lookup.
     *
     * @param pluginManager the plugin manager, started on first use
     */
    public PluginExtensions(Supplier<? extends PluginManager> pluginManager) {
        this.pluginManager = pluginManager;
    }

    /**
     * The actions on the Products list.
     *
     * @return the actions
     */
    public List<ProductListAction> productActions() {
        return pluginManager.get().getExtensions(ProductListAction.class);
    }

    /**
     * The actions on the Customer orders list.
     *
     * @return the actions
     */
    public List<OrderListAction> orderActions() {
        return pluginManager.get().getExtensions(OrderListAction.class);
    }

    /**
     * An action on either list by its id.
     *
     * @param actionId the action's id
     * @return the action, if a started plugin has it
     */
    public Optional<ListAction> action(String actionId) {
        List<ListAction> all = new ArrayList<>(productActions());
        all.addAll(orderActions());
        return all.stream().filter(a -> actionId.equals(a.id())).findFirst();
    }

    /**
     * The actions plugins want run on a schedule.
     *
     * @return the scheduled actions
     */
    public List<ScheduledAction> scheduledActions() {
        return pluginManager.get().getExtensions(ScheduledAction.class);
    }

    /**
     * The fields plugins add to the product sheet.
     *
     * @return the fields
     */
    public List<ProductSheetField> sheetFields() {
        return pluginManager.get().getExtensions(ProductSheetField.class);
    }

    /**
     * The modules plugins contribute.
     *
     * @return the modules
     */
    public List<HostModule> modules() {
        return pluginManager.get().getExtensions(HostModule.class);
    }

    /**
     * A module by id.
     *
     * @param moduleId the module's id
     * @return the module, if a started plugin contributes it
     */
    public Optional<HostModule> module(String moduleId) {
        return modules().stream().filter(m -> moduleId.equals(m.id())).findFirst();
    }

    /**
     * The plugin an extension belongs to; it decides which plugin state the extension sees.
     *
     * @param extension the extension
     * @return the plugin's id, or {@link #SYSTEM} for an extension on the host's class path
     */
    public String ownerOf(Object extension) {
        PluginWrapper owner = pluginManager.get().whichPlugin(extension.getClass());
        return owner == null ? SYSTEM : owner.getPluginId();
    }

    @Override
    public List<SettingDefinition> definitions(String moduleId) {
        return module(moduleId).map(m -> PluginCalls.call(m, () -> m.settings(Locale.forLanguageTag("hu"))))
                .orElse(List.of());
    }

    @Override
    public Map<String, String> defaults() {
        Map<String, String> defaults = new HashMap<>();
        for (ProductSheetField field : sheetFields()) {
            field.defaultValue().ifPresent(value -> defaults.put(field.key(), value));
        }
        return defaults;
    }
}
