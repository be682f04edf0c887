package hu.webshopsync.host.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versions of the migrations a class loader holds, found the way Flyway finds them (a folder on the
 * class path, in a jar or a directory) but without Flyway: {@code V4__customer_order_states.sql} is
 * version {@code 4}, {@code V1_1__x.sql} is {@code 1.1}, as Flyway writes them into its history.
 * Anything this does not understand (a repeatable {@code R__} migration, a Java migration, a folder
 * served some other way) makes the answer unknown, so that Flyway decides.
 */
final class MigrationFiles {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

    private MigrationFiles() {
    }

    /**
     * The versions of the migrations in a class path folder.
     *
     * @param loader the class loader Flyway would scan
     * @param folder the folder, e.g. {@code db/migration}
     * @return the versions, or empty when they cannot be told without Flyway
     */
    static Optional<Set<String>> versions(ClassLoader loader, String folder) {
        try {
            List<URL> places = Collections.list(loader.getResources(folder));
            if (places.isEmpty()) {
                return Optional.empty();
            }
            Set<String> versions = new HashSet<>();
            for (URL place : places) {
                Optional<List<String>> names = fileNames(place, folder);
                if (names.isEmpty()) {
                    return Optional.empty();
                }
                for (String name : names.get()) {
                    Matcher versioned = VERSIONED.matcher(name);
                    if (!versioned.matches()) {
                        return Optional.empty();
                    }
                    versions.add(versioned.group(1).replace('_', '.'));
                }
            }
            return Optional.of(Set.copyOf(versions));
        } catch (IOException | UncheckedIOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<List<String>> fileNames(URL place, String folder) throws IOException, URISyntaxException {
        switch (place.getProtocol()) {
            case "file" -> {
                try (Stream<Path> files = Files.list(Path.of(place.toURI()))) {
                    return Optional.of(files.map(f -> f.getFileName().toString()).toList());
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) place.openConnection();
                // not the JVM's shared cached copy: closing it must not close someone else's
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = folder.endsWith("/") ? folder : folder + "/";
                    List<String> names = new ArrayList<>();
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (name.startsWith(prefix) && name.length() > prefix.length() && !entry.isDirectory()) {
                            names.add(name.substring(prefix.length()));
                        }
                    }
                    return Optional.of(names);
                }
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
