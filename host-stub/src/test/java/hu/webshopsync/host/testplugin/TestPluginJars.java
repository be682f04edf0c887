package hu.webshopsync.host.testplugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pf4j.test.PluginJar;

/**
 * Builds the test plugin as a real plugin jar in a plugins folder.
 */
public final class TestPluginJars {

    private TestPluginJars() {
    }

    /**
     * The compiled bytes of a test class; PF4J's default provider needs Guava, which its test jar does not bring.
     *
     * @param className the class
     * @return its class file
     */
    public static byte[] classBytes(String className) {
        String resource = className.replace('.', '/') + ".class";
        try (InputStream in = TestPluginJars.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no class file for " + className);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the test plugin jar with all four extensions.
     *
     * @param pluginsDir the plugins folder
     * @param requires   the host version the plugin requires, e.g. {@code >=0.1.0}
     * @return the jar
     * @throws IOException when it cannot be written
     */
    public static Path testShop(Path pluginsDir, String requires) throws IOException {
        Files.createDirectories(pluginsDir);
        return new PluginJar.Builder(pluginsDir.resolve("testshop-plugin-1.0.0.jar"), TestShopPlugin.ID)
                .pluginClass(TestShopPlugin.class.getName())
                .pluginVersion("1.0.0")
                .manifestAttribute("Plugin-Requires", requires)
                .extension(TestSyncAction.class.getName())
                .extension(TestOrderAction.class.getName())
                .extension(TestSheetField.class.getName())
                .extension(TestModule.class.getName())
                .classDataProvider(TestPluginJars::classBytes)
                .build()
                .path();
    }
}
