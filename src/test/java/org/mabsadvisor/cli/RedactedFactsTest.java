package org.mabsadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.bundle.FactsRedactor;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.testing.Project;

/**
 * facts build --redact: what identifies a person or a resource is replaced by stable placeholders,
 * the result is a valid facts file, and every sample gives the same findings once redacted.
 */
class RedactedFactsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names and ids of the samples that must not survive redaction. */
    private static final List<String> IDENTIFYING = List.of("contoso", "fabrikam", "MABS01", "FS01", "SQL01", "rsv-backup-weu",
            "5e1f4a52-8d1c-4c0e-9a11-3f0c2b7d9e41", "8F3A1C2D4E5B6A7980C1D2E3F4A5B6C7D8E9F012", "mabs-alerts");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everySampleGivesTheSameFindingsOnceRedacted() throws IOException {
        List<Path> samples;
        try (Stream<Path> list = Files.list(Project.samples())) {
            samples = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            String redacted = FactsRedactor.redact(Files.readString(sample));
            new FactsLoader().parse("redacted " + sample.getFileName(), redacted.getBytes(StandardCharsets.UTF_8));
            for (String value : IDENTIFYING) {
                assertFalse(redacted.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)), value + " survived in " + sample.getFileName());
            }
            Path file = Files.writeString(temp.resolve(sample.getFileName()), redacted);
            assertEquals(ruleIds(sample), ruleIds(file), "redaction changed the findings of " + sample.getFileName());
        }));
    }

    @Test
    void theSameValueGetsTheSamePlaceholderEverywhereAndTheMabsServerItsRole() throws Exception {
        String facts = """
                {"schemaVersion": "1", "server": {"name": "MABS01", "domain": "contoso.local"},
                 "protectedServers": [{"name": "FS01.contoso.local"}, {"name": "SQL01.contoso.local"}],
                 "notifications": {"smtpUserName": "CONTOSO\\\\mabs-alerts"},
                 "vault": {"registered": true, "vaultName": "rsv-backup-weu", "vaultId": "5E1F4A52-8D1C-4C0E-9A11-3F0C2B7D9E41",
                           "credentialsFileName": "rsv-backup-weu_Fri Nov 20 2026.VaultCredentials"},
                 "events": [{"errorId": "1117", "source": "Microsoft Defender", "host": "FS01",
                             "message": "Path: file:_C:\\\\Users\\\\jdoe\\\\Downloads\\\\x.exe on FS01.contoso.local by CONTOSO\\\\jdoe, mail jdoe@contoso.com, id 5e1f4a52-8d1c-4c0e-9a11-3f0c2b7d9e41"}]}
                """;
        String once = FactsRedactor.redact(facts);
        assertEquals(once, FactsRedactor.redact(facts), "stable: the same input gives the same output");
        JsonNode doc = JSON.readTree(once);
        assertEquals("mabs-server", doc.at("/server/name").asText());
        assertEquals("domain-1.example", doc.at("/server/domain").asText());
        assertEquals("server-1.domain-1.example", doc.at("/protectedServers/0/name").asText());
        assertEquals("server-2.domain-1.example", doc.at("/protectedServers/1/name").asText());
        assertEquals("DOMAIN-1\\user-1", doc.at("/notifications/smtpUserName").asText());
        assertEquals("vault-1", doc.at("/vault/vaultName").asText());
        assertEquals("vault-1_Fri Nov 20 2026.VaultCredentials", doc.at("/vault/credentialsFileName").asText());
        String vaultId = doc.at("/vault/vaultId").asText();
        assertEquals("00000000-0000-4000-8000-000000000001", vaultId.toLowerCase(Locale.ROOT), "a GUID stays a GUID");
        String message = doc.at("/events/0/message").asText();
        assertEquals("server-1", doc.at("/events/0/host").asText());
        assertTrue(message.contains("\\Users\\user-"), message);
        assertTrue(message.contains("on server-1.domain-1.example by DOMAIN-1\\jdoe") || message.contains("on server-1.domain-1.example by DOMAIN-1\\user-"), message);
        assertTrue(message.contains("@example.invalid") && message.endsWith("id 00000000-0000-4000-8000-000000000001"), message);
        assertFalse(once.contains("jdoe@") || once.contains("\\\\jdoe\\\\"), once);
    }

    @Test
    void factsBuildRedactsOnRequest() throws Exception {
        CliRun plain = CliRun.of("facts", "build", Project.bundles().resolve("busy-server-alerts").toString());
        assertTrue(plain.out().contains("MABS01"));
        CliRun run = CliRun.of("facts", "build", "--redact", Project.bundles().resolve("busy-server-alerts").toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String value : IDENTIFYING) {
            assertFalse(run.out().toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)), value + " survived:\n" + run.out());
        }
        assertTrue(run.out().contains("\"name\" : \"mabs-server\""), run.out());
        Path redacted = Files.writeString(temp.resolve("redacted.json"), run.out());
        Path original = Files.writeString(temp.resolve("original.json"), plain.out());
        assertEquals(ruleIds(original), ruleIds(redacted));
    }

    private static TreeSet<String> ruleIds(Path facts) throws IOException {
        CliRun run = CliRun.of("analyze", "--format", "json", "--lang", "en", facts.toString());
        JsonNode report = JSON.readTree(run.out());
        TreeSet<String> fired = new TreeSet<>();
        for (String list : List.of("findings", "causes")) {
            for (JsonNode entry : report.get(list)) {
                for (JsonNode evidence : entry.get("evidence")) {
                    fired.add(evidence.get("ruleId").asText());
                }
            }
        }
        return fired;
    }
}
