package hu.webshopsync.host.demo;

import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.db.DatabaseInUseException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The demo's data folder. The demo starts from a fresh folder every time, but it may only wipe a
 * folder it made itself (marked with {@value #MARKER}), so a user's real ERP data is never deleted.
 */
final class DemoFolder {

    /** The file that marks a folder as the demo's own. */
    static final String MARKER = ".webshop-sync-demo";

    /** What {@link #prepare(Path)} found. */
    enum Outcome {
        /** The folder did not exist or was empty. */
        CREATED,
        /** An earlier demo's folder was wiped. */
        REPLACED,
        /** A non-empty folder without the marker: left alone. */
        REFUSED_NOT_DEMO,
        /** A path that is a file, not a folder: left alone. */
        REFUSED_NOT_FOLDER,
        /** An earlier demo's folder whose database another process (e.g. {@code serve}) has open. */
        REFUSED_IN_USE
    }

    private DemoFolder() {
    }

    /**
     * Makes the folder empty and marked, unless it holds data the demo did not create.
     *
     * @param dir the folder
     * @return what was done
     * @throws IOException when the folder cannot be created or wiped
     */
    static Outcome prepare(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return Outcome.REFUSED_NOT_FOLDER;
        }
        Outcome outcome = Outcome.CREATED;
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            if (!Files.isRegularFile(dir.resolve(MARKER))) {
                return Outcome.REFUSED_NOT_DEMO;
            }
            if (inUse(dir)) {
                return Outcome.REFUSED_IN_USE;
            }
            wipeContents(dir);
            outcome = Outcome.REPLACED;
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER),
                "This folder was created by `host-stub demo`; the next demo run deletes and recreates it.\n");
        return outcome;
    }

    private static boolean inUse(Path dir) {
        // deleting the files under a running host would leave it writing into nothing
        try {
            Database.open(dir).close();
            return false;
        } catch (DatabaseInUseException e) {
            return true;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void wipeContents(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!d.equals(dir)) {
                    Files.delete(d);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
