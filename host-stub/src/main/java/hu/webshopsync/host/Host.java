package hu.webshopsync.host;

import hu.webshopsync.api.ActivationContext;
import hu.webshopsync.api.CheckResult;
import hu.webshopsync.api.HostModule;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.host.catalog.JdbcProductCatalog;
import hu.webshopsync.host.catalog.SheetFields;
import hu.webshopsync.host.customers.JdbcCustomerDirectory;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.history.RunHistory;
import hu.webshopsync.host.inventory.JdbcInventory;
import hu.webshopsync.host.modules.JdbcModuleRegistry;
import hu.webshopsync.host.modules.ModuleActivation;
import hu.webshopsync.host.modules.ModuleStore;
import hu.webshopsync.host.modules.SecretRedactor;
import hu.webshopsync.host.orders.JdbcCustomerOrderBook;
import hu.webshopsync.host.orders.OrderLifecycle;
import hu.webshopsync.host.orders.OrderListing;
import hu.webshopsync.host.plugins.ActionRunner;
import hu.webshopsync.host.plugins.HostPluginManager;
import hu.webshopsync.host.plugins.HostVersion;
import hu.webshopsync.host.plugins.ItemWords;
import hu.webshopsync.host.plugins.PluginCalls;
import hu.webshopsync.host.plugins.PluginExtensions;
import hu.webshopsync.host.plugins.PluginProblem;
import hu.webshopsync.host.secrets.SecretBox;
import hu.webshopsync.host.state.JdbcPluginStateStore;
import hu.webshopsync.host.state.ProcessIdentity;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The ERP stand-in, wired: the database, the services over it, and the plugin manager, which is
 * started on first use so that commands that need no plugin do not pay for loading them.
 */
public final class Host implements AutoCloseable {

    private final HostConfig config;
    private final Database database;
    private final ProcessIdentity process;
    private final ModuleStore moduleStore;
    private final SecretRedactor redactor;
    private final PluginExtensions extensions;
    private final JdbcProductCatalog catalog;
    private final ErpServices services;
    // made on first use: its JSON mapper alone cost a command that shows no history a fifth of its start
    private RunHistory history;
    private HostPluginManager pluginManager;
    private List<PluginProblem> pluginProblems = List.of();

    private Host(HostConfig config, Database database, SecretRedactor redactor) {
        this.config = config;
        this.database = database;
        this.redactor = redactor;
        this.process = ProcessIdentity.current();
        this.moduleStore = new ModuleStore(database, config.clock(), SecretBox.of(config.keyFile()), redactor);
        this.extensions = new PluginExtensions(this::plugins);
        this.catalog = new JdbcProductCatalog(database, extensions);
        this.services = new ErpServices(
                catalog,
                new JdbcInventory(database),
                new JdbcCustomerDirectory(database),
                new JdbcCustomerOrderBook(database, config.clock(), HostConfig.ERP_ZONE),
                new JdbcModuleRegistry(moduleStore, extensions),
                "HUF",
                config.clock());
    }

    /**
     * Opens the database (migrating it) and wires the services; plugins load on first use.
     *
     * @param config where the data and plugins are
     * @return the host
     */
    public static Host open(HostConfig config) {
        return open(config, new SecretRedactor());
    }

    /**
     * Opens the host, telling a redactor every stored secret value (it may be the log's, so that
     * lines logged after this hold none).
     *
     * @param config   where the data and plugins are
     * @param redactor learns the secret values
     * @return the host
     */
    public static Host open(HostConfig config, SecretRedactor redactor) {
        Host host = new Host(config, Database.open(config.dataDir()), redactor);
        try {
            host.moduleStore.sealPlainSecrets();
            // reading them tells the redactor
            host.moduleStore.allSecretValues();
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
        return host;
    }

    /**
     * The plugin manager, loading and starting the plugins on first use.
     *
     * @return the started plugin manager
     */
    public synchronized HostPluginManager plugins() {
        if (pluginManager == null) {
            HostPluginManager manager = new HostPluginManager(config.pluginsDir().toAbsolutePath(),
                    HostVersion.current());
            pluginProblems = manager.loadAndStart();
            pluginManager = manager;
        }
        return pluginManager;
    }

    /**
     * The plugins that failed to load or start, once plugins were loaded.
     *
     * @return the problems
     */
    public synchronized List<PluginProblem> pluginProblems() {
        return pluginProblems;
    }

    /**
     * The services plugins get.
     *
     * @return the host services
     */
    public ErpServices services() {
        return services;
    }

    /**
     * The product master with the host's own queries beside the plugins' ones, such as the
     * console's search.
     *
     * @return the catalog {@link ErpServices#products()} is
     */
    public JdbcProductCatalog catalog() {
        return catalog;
    }

    /**
     * The started plugins' extensions.
     *
     * @return the extensions
     */
    public PluginExtensions extensions() {
        return extensions;
    }

    /**
     * The ERP database.
     *
     * @return the database
     */
    public Database database() {
        return database;
    }

    /**
     * The configuration.
     *
     * @return the configuration
     */
    public HostConfig config() {
        return config;
    }

    /**
     * One plugin's state store.
     *
     * @param pluginId the plugin
     * @return its store
     */
    public PluginStateStore stateStore(String pluginId) {
        return new JdbcPluginStateStore(database, pluginId, config.clock(), process);
    }

    /**
     * The stored modules.
     *
     * @return the module store
     */
    public ModuleStore moduleStore() {
        return moduleStore;
    }

    /**
     * Module activation.
     *
     * @return the activation
     */
    public ModuleActivation moduleActivation() {
        return new ModuleActivation(moduleStore);
    }

    /**
     * The check an activation of a module runs: the module's own check, told the settings stored
     * before, given its plugin's state and whether the user confirmed a new counterpart.
     *
     * @param module                  the module
     * @param confirmedNewCounterpart the user's {@code --new-shop} or ticked confirmation
     * @param locale                  the language of the check's message
     * @return the check for {@link ModuleActivation#activate}
     */
    public Function<ModuleSettings, CheckResult> moduleCheck(HostModule module, boolean confirmedNewCounterpart,
                                                             Locale locale) {
        ActivationContext activation = new ActivationContext(new JdbcModuleRegistry(moduleStore, extensions).readableSettings(module.id()),
                stateStore(extensions.ownerOf(module)), confirmedNewCounterpart);
        return settings -> PluginCalls.call(module, () -> module.check(settings, activation, locale));
    }

    /**
     * The product sheet's plugin fields.
     *
     * @return the sheet fields
     */
    public SheetFields sheetFields() {
        return new SheetFields(extensions::sheetFields, services.modules(), database, config.clock());
    }

    /**
     * The customer orders list.
     *
     * @return the listing
     */
    public OrderListing orderListing() {
        return new OrderListing(database);
    }

    /**
     * What the ERP's users do with a customer order: fulfil or cancel it.
     *
     * @return the order lifecycle
     */
    public OrderLifecycle orderLifecycle() {
        return new OrderLifecycle(database, config.clock());
    }

    /**
     * The sync history.
     *
     * @return the history
     */
    public synchronized RunHistory history() {
        if (history == null) {
            history = new RunHistory(database, config.clock(), process);
        }
        return history;
    }

    /**
     * Puts the history's item reasons into a reader's language.
     *
     * @return the item words
     */
    public ItemWords itemWords() {
        return new ItemWords(extensions::action);
    }

    /**
     * Runs list actions with history and plugin state.
     *
     * @return the runner
     */
    public ActionRunner actionRunner() {
        return new ActionRunner(extensions, services, this::stateStore, history(), () -> {
            moduleStore.requireReadableSecrets();
            return redactor;
        });
    }

    /**
     * The redactor that knows every secret value stored or opened by this host.
     *
     * @return the redactor
     */
    public SecretRedactor redactor() {
        return redactor;
    }

    @Override
    public synchronized void close() {
        try {
            if (pluginManager != null) {
                pluginManager.stopAndUnload();
            }
        } finally {
            database.close();
        }
    }
}
