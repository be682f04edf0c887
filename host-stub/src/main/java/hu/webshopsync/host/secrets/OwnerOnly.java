package hu.webshopsync.host.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only their owner may read: the data folder holds the shop's credentials (sealed)
 * and customers' personal data, the key folder the key that opens them. On file systems without POSIX
 * permissions (Windows) the user's profile folder already guards them, so nothing is changed there.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /**
     * Creates a folder (and its missing parents) readable by its owner only; an existing folder is left as it is.
     *
     * @param dir the folder
     */
    public static void createFolder(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                return;
            }
            if (posix()) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
                // the umask may have removed bits we asked for, never added: set them exactly
                Files.setPosixFilePermissions(dir, FOLDER);
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder " + dir, e);
        }
    }

    /**
     * Makes an existing folder readable by its owner only.
     *
     * @param dir the folder
     */
    public static void restrictFolder(Path dir) {
        set(dir, FOLDER);
    }

    /**
     * Makes an existing file readable by its owner only.
     *
     * @param file the file
     */
    public static void restrictFile(Path file) {
        set(file, FILE);
    }

    /**
     * The attribute that creates a file readable by its owner only, where the file system has permissions.
     *
     * @return the attributes to pass to {@link Files#createFile}
     */
    public static FileAttribute<?>[] fileAttributes() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) {
        if (!posix() || !Files.exists(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the permissions of " + path, e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
