package org.mabsadvisor.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The rule files of one folder, and the key of their content: a SHA-256 over the compiler stamp,
 * each file's path within the folder and its bytes, and the folder's policy file. Two folders with
 * the same key compile to the same classes, wherever they are.
 */
record FolderContent(Path folder, List<Path> files, String key) {

    static final String POLICY_FILE = "policy.yaml";
    private static final String FORMAT = "mabs-advisor compiled rules, format 1";

    FolderContent {
        files = List.copyOf(files);
    }

    /** Reads the files to key them; a file that cannot be read gives no key (the folder is then compiled, and fails there). */
    static FolderContent of(Path folder, List<Path> files, CompilerStamp stamp) {
        MessageDigest sha = sha256();
        update(sha, FORMAT + "\n" + stamp.toolVersion() + "\n" + stamp.toolBuild() + "\n" + stamp.droolsVersion() + "\n");
        try {
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                update(sha, relative(folder, file) + "\n" + bytes.length + "\n");
                sha.update(bytes);
            }
            // The policy is read at every run, never compiled in; keyed all the same, so that a
            // folder's compiled classes never outlive any of its files.
            Path policy = folder.resolve(POLICY_FILE);
            if (Files.isRegularFile(policy)) {
                byte[] bytes = Files.readAllBytes(policy);
                update(sha, POLICY_FILE + "\n" + bytes.length + "\n");
                sha.update(bytes);
            }
        } catch (IOException e) {
            return new FolderContent(folder, files, null);
        }
        return new FolderContent(folder, files, HexFormat.of().formatHex(sha.digest()));
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
