package hu.webshopsync.host.plugins;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.pf4j.ExtensionFactory;
import org.pf4j.Plugin;
import org.pf4j.PluginManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;

/**
 * Creates extensions as the plugin API promises: through a public constructor taking the owning
 * plugin (its {@link Plugin} subclass, or an interface that class implements) when the extension has
 * one (so extensions share plugin-scoped clients and caches), else through the public no-argument
 * constructor. A new instance per call,
 * like PF4J's default factory.
 */
final class PluginAwareExtensionFactory implements ExtensionFactory {

    private final PluginManager pluginManager;

    PluginAwareExtensionFactory(PluginManager pluginManager) {
        this.pluginManager = pluginManager;
    }

    @Override
    public <T> T create(Class<T> extensionClass) {
        try {
            PluginWrapper owner = pluginManager.whichPlugin(extensionClass);
            if (owner != null) {
                Plugin plugin = owner.getPlugin();
                for (Constructor<?> constructor : extensionClass.getConstructors()) {
                    Class<?>[] parameters = constructor.getParameterTypes();
                    // the parameter may be the plugin's class or an interface it implements, so that an
                    // extension in a feature package need not depend on the plugin's composition root
                    if (parameters.length == 1 && parameters[0].isInstance(plugin)) {
                        return extensionClass.cast(constructor.newInstance(plugin));
                    }
                }
            }
            return extensionClass.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new PluginRuntimeException(e, "Extension {} has neither a public constructor taking its plugin"
                    + " nor a public no-argument constructor", extensionClass.getName());
        } catch (InvocationTargetException e) {
            throw new PluginRuntimeException(e.getCause(), "The constructor of extension {} failed: {}",
                    extensionClass.getName(), String.valueOf(e.getCause()));
        } catch (ReflectiveOperationException e) {
            throw new PluginRuntimeException(e, "Cannot create extension {}", extensionClass.getName());
        }
    }
}
