package hu.webshopsync.host.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The host's plugin API version, the system version plugins' {@code Plugin-Requires} is checked against.
 */
public final class HostVersion {

    private static final String RESOURCE = "/hu/webshopsync/host/host-version.properties";

    private HostVersion() {
    }

    /**
     * Reads the version the build wrote into the host's resources.
     *
     * @return e.g. {@code 0.1.0}
     */
    public static String current() {
        try (InputStream in = HostVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("host.api.version", "");
            if (version.isBlank() || version.startsWith("${")) {
                throw new IllegalStateException("the host version in " + RESOURCE + " was not filtered by the build");
            }
            return version.trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
