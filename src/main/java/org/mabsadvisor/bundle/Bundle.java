package org.mabsadvisor.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.mabsadvisor.input.InputFiles;
import org.mabsadvisor.input.RefusedInputException;

/**
 * The files of a bundle, from the collector's zip or from a folder holding manifest.json (the zip
 * unpacked). Only plain file names at the top of the bundle are files of it; the bundle is only
 * ever read.
 */
public final class Bundle {

    /** The file every bundle has. */
    public static final String MANIFEST = "manifest.json";

    // A bundle is a few megabytes; these bounds only stop a hostile or broken zip from exhausting memory.
    // A real bundle is a few megabytes; these bounds keep a zip bomb's cost small and flat.
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    /** Text compresses about tenfold; a thousandfold entry of some size is a bomb, not an output. */
    private static final long MAX_RATIO = 1000;
    private static final long RATIO_CHECKED_FROM_BYTES = 1024L * 1024;
    private static final int MAX_FILES = 2000;
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String name;
    private final Path folder;
    private final Map<String, byte[]> zipped;

    private Bundle(String name, Path folder, Map<String, byte[]> zipped) {
        this.name = name;
        this.folder = folder;
        this.zipped = zipped;
    }

    /** True when the path is a zip file or a folder with a manifest.json: something to read as a bundle. */
    public static boolean isBundle(Path path) {
        if (Files.isDirectory(path)) {
            return Files.isRegularFile(path.resolve(MANIFEST));
        }
        if (!Files.isRegularFile(path)) {
            return false;
        }
        if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens a bundle zip or folder. */
    public static Bundle open(Path path) throws InvalidBundleException {
        String shown = path.toString();
        if (Files.isDirectory(path)) {
            if (!Files.isRegularFile(path.resolve(MANIFEST))) {
                throw InvalidBundleException.of(shown, "is a folder without " + MANIFEST + ": not a bundle");
            }
            return new Bundle(shown, path, null);
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return new Bundle(shown, null, unzip(shown, zip));
        } catch (NoSuchFileException e) {
            throw InvalidBundleException.of(shown, "no such file");
        } catch (ZipException e) {
            throw InvalidBundleException.of(shown, "is not a readable zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            if (!Files.exists(path)) {
                throw InvalidBundleException.of(shown, "no such file");
            }
            throw InvalidBundleException.of(shown, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The top-level files of the zip. Windows PowerShell 5.1's Compress-Archive writes backslashes
     * in entry names, and a zip made from the bundle folder has that folder as a prefix: both are
     * accepted.
     */
    private static Map<String, byte[]> unzip(String shown, ZipFile zip) throws IOException, InvalidBundleException {
        Map<String, ZipEntry> entries = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        int count = 0;
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (++count > MAX_FILES) {
                throw InvalidBundleException.of(shown, "holds more than " + MAX_FILES + " files: not a bundle");
            }
            if (!e.isDirectory()) {
                entries.put(e.getName().replace('\\', '/'), e);
            }
        }
        String prefix = "";
        if (!entries.containsKey(MANIFEST)) {
            prefix = entries.keySet().stream().filter(n -> n.endsWith("/" + MANIFEST) && n.indexOf('/') == n.lastIndexOf('/'))
                    .map(n -> n.substring(0, n.length() - MANIFEST.length())).findFirst()
                    .orElseThrow(() -> InvalidBundleException.of(shown, "has no " + MANIFEST + ": not a bundle made by Collect-MabsFacts.ps1"));
        }
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        for (Map.Entry<String, ZipEntry> e : entries.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            String file = e.getKey().substring(prefix.length());
            if (!FILE_NAME.matcher(file).matches()) {
                continue;
            }
            ZipEntry entry = e.getValue();
            if (entry.getSize() > RATIO_CHECKED_FROM_BYTES && entry.getCompressedSize() > 0
                    && entry.getSize() / entry.getCompressedSize() > MAX_RATIO) {
                throw InvalidBundleException.of(shown + "!" + file, "expands " + entry.getSize() / entry.getCompressedSize()
                        + " times: refused as a zip bomb");
            }
            byte[] bytes;
            try (InputStream in = zip.getInputStream(entry)) {
                bytes = in.readNBytes((int) Math.min(MAX_FILE_BYTES + 1, Integer.MAX_VALUE - 8));
            }
            total += bytes.length;
            if (bytes.length > MAX_FILE_BYTES || total > MAX_TOTAL_BYTES) {
                throw InvalidBundleException.of(shown + "!" + file, "is too large for a bundle");
            }
            files.put(file, bytes);
        }
        return files;
    }

    /** How messages name the bundle. */
    public String name() {
        return name;
    }

    /** How messages name a file of the bundle: {@code bundle.zip!services.json}, or the file's path in a folder. */
    public String locate(String file) {
        return folder != null ? folder.resolve(file).toString() : name + "!" + file;
    }

    /** The bytes of a file of the bundle, if it is there; names that are not plain file names are never read. */
    public Optional<byte[]> read(String file) throws IOException {
        if (file == null || !FILE_NAME.matcher(file).matches()) {
            return Optional.empty();
        }
        if (folder == null) {
            return Optional.ofNullable(zipped.get(file));
        }
        Path p = folder.resolve(file);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        // A bundle is read for what the collector wrote into it, never for what a link points to
        // elsewhere (services.json -> /etc/shadow): the file must be inside the folder once links are resolved.
        if (!p.toRealPath().startsWith(folder.toRealPath())) {
            throw new RefusedInputException("is a link to a file outside the bundle: not read");
        }
        return Optional.of(InputFiles.read(p, MAX_FILE_BYTES));
    }
}
