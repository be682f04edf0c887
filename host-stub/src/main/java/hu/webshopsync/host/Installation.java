package hu.webshopsync.host;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Where the host itself is installed — its jar, or its classes folder when run from a build — so
 * that it finds its plugins and can tell the user how to start it again, whatever folder it was
 * started from.
 *
 * @param codeLocation the host's jar or classes folder, when the JVM tells it
 */
public record Installation(Optional<Path> codeLocation) {

    /** The plugins folder's name, in the working folder and in the installation. */
    public static final String PLUGINS = "plugins";

    /** How many folders above the jar's own the installation's plugins may be: target, module, root. */
    private static final int LEVELS = 3;

    /**
     * The installation of the running host.
     *
     * @return the installation
     */
    public static Installation current() {
        try {
            CodeSource source = Installation.class.getProtectionDomain().getCodeSource();
            return new Installation(source == null ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return new Installation(Optional.empty());
        }
    }

    /**
     * The plugins folder when the user names none: {@code ./plugins} when the working folder has one,
     * else the nearest {@code plugins/} beside or above the host's jar — for the built jar
     * ({@code host-stub/target/host-stub.jar}) the repository root's.
     *
     * @param workingDir the folder the host was started in
     * @return the folder to search, absolute; {@code workingDir/plugins} when none is found, so a
     *         message can name it
     */
    public Path pluginsFolder(Path workingDir) {
        Path local = workingDir.resolve(PLUGINS).toAbsolutePath().normalize();
        if (Files.isDirectory(local)) {
            return local;
        }
        Path dir = codeLocation.map(Path::getParent).orElse(null);
        for (int level = 0; dir != null && level < LEVELS; level++, dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(PLUGINS))) {
                return dir.resolve(PLUGINS);
            }
        }
        return local;
    }

    /**
     * How to start this host from a folder: {@code java -jar} with the jar's path relative to that
     * folder when the jar is inside it, else absolute.
     *
     * @param workingDir the folder the command will be typed in
     * @return e.g. {@code java -jar host-stub/target/host-stub.jar}
     */
    public String launchCommand(Path workingDir) {
        Path jar = codeLocation.filter(p -> p.getFileName().toString().endsWith(".jar"))
                // run from a build's classes folder (tests, an IDE): the jar the build makes
                .orElse(Path.of("host-stub", "target", "host-stub.jar"));
        Path base = workingDir.toAbsolutePath().normalize();
        Path shown = jar.isAbsolute() && jar.startsWith(base) ? base.relativize(jar) : jar;
        return "java -jar " + shown.toString().replace('\\', '/');
    }
}
