package hu.webshopsync.host.plugins;

import java.util.function.Supplier;

/**
 * Calls into plugin code with the thread's context class loader set to the plugin's own loader,
 * and restored after, so that libraries inside the plugin that use the context loader (ServiceLoader,
 * JAXB, some Jackson paths) find the plugin's classes rather than the host's.
 */
public final class PluginCalls {

    private PluginCalls() {
    }

    /**
     * Calls plugin code.
     *
     * @param extension the plugin object whose class loader to use
     * @param call      the call
     * @param <T>       the result type
     * @return the call's result
     */
    public static <T> T call(Object extension, Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(extension.getClass().getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
