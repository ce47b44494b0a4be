package org.mabsadvisor.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.mabsadvisor.input.InputFiles;

/**
 * The rule files of one folder, and what its compiled classes depend on: each file's path within
 * the folder and its bytes, and the folder's policy file.
 */
record FolderContent(Path folder, List<Path> files) {

    static final String POLICY_FILE = "policy.yaml";
    // The key names the entry format, so that an entry of another format is never even looked at.
    private static final String FORMAT = "mabs-advisor compiled rules, format " + CompiledFolder.FORMAT;

    FolderContent {
        files = List.copyOf(files);
    }

    /**
     * The files the compiled classes depend on, relative to the folder: the rule files and the
     * policy file when there is one. The policy is read at every run, never compiled in; it is
     * counted all the same, so that a folder's compiled classes never outlive any of its files.
     */
    List<String> sources() {
        List<String> sources = new ArrayList<>();
        files.forEach(f -> sources.add(relative(folder, f)));
        if (Files.isRegularFile(folder.resolve(POLICY_FILE))) {
            sources.add(POLICY_FILE);
        }
        return sources;
    }

    /**
     * The key of the content: a SHA-256 over the compiler stamp and each source's path and bytes.
     * Two folders with the same key compile to the same classes, wherever they are. Null when a
     * file cannot be read (the folder is then compiled, and fails there).
     */
    String key(CompilerStamp stamp) {
        MessageDigest sha = sha256();
        update(sha, FORMAT + "\n" + stamp.toolVersion() + "\n" + stamp.toolBuild() + "\n" + stamp.droolsVersion() + "\n");
        try {
            for (String source : sources()) {
                byte[] bytes = InputFiles.read(folder.resolve(source), InputFiles.MAX_SMALL_FILE_BYTES);
                update(sha, source + "\n" + bytes.length + "\n");
                sha.update(bytes);
            }
        } catch (IOException e) {
            return null;
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A file's path within the folder, with forward slashes on every system. */
    static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
