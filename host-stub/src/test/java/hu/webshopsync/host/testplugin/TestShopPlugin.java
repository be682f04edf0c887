package hu.webshopsync.host.testplugin;

import org.pf4j.Plugin;

/**
 * A test plugin class; its extensions receive it through their constructor, as the plugin API
 * promises, and share its plugin-scoped objects.
 */
public class TestShopPlugin extends Plugin {

    /** The plugin id the test jars use. */
    public static final String ID = "testshop-plugin";

    private final Object sharedClient = new Object();

    /**
     * A plugin-scoped object standing for an HTTP client.
     *
     * @return the same object for every extension
     */
    public Object sharedClient() {
        return sharedClient;
    }
}
