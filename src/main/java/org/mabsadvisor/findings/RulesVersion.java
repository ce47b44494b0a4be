package org.mabsadvisor.findings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The version of the rules a run used, as reports name it: the first 12 hex digits of a SHA-256
 * over what decides the findings, which the tool's version alone does not tell (a site folder, an
 * edited built-in rule, --policy, --site-config): every rule folder's DRL and YAML files (name and
 * bytes; their tests excluded), the policy in force and the site's changes. The same rules give the
 * same version on every machine, whatever folder they sit in.
 */
public final class RulesVersion {
    private RulesVersion() {
    }

    public static String of(RuleSet rules) {
        MessageDigest digest = sha256();
        for (Path folder : rules.folders()) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> sources = files.filter(f -> {
                    String name = f.getFileName().toString();
                    return Files.isRegularFile(f) && (name.endsWith(".drl") || name.endsWith(".yaml"));
                }).sorted().toList();
                for (Path f : sources) {
                    digest.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(f));
                    digest.update((byte) 0);
                }
            } catch (IOException e) {
                // The rules were read a moment ago: a folder gone since leaves its mark as its name only.
                digest.update(folder.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 1);
        }
        digest.update(String.valueOf(rules.policy()).getBytes(StandardCharsets.UTF_8));
        digest.update(String.valueOf(rules.overrides()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 6);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
