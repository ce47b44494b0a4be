package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.ProtectedServer;
import org.mabsadvisor.facts.Trust;
import org.mabsadvisor.facts.Volume;
import org.mabsadvisor.facts.VolumeRole;
import org.mabsadvisor.testing.Project;
import org.mabsadvisor.testing.Zips;

/** Reading whole bundles: zip or folder, the manifest, what is missing, and facts valid against the schema. */
class BundleReaderTest {
    private static final Path HEALTHY = Project.bundles().resolve("healthy");

    @TempDir
    Path temp;

    @Test
    void theFactsOfABundlePassTheSchemaAndTheirSectionsAreWorkedOut() throws Exception {
        BuiltFacts built = new BundleReader().read(HEALTHY);
        new FactsLoader().parse("built", built.json().getBytes(StandardCharsets.UTF_8));
        assertEquals("MABS01", built.document().server().name());
        assertEquals("C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM", built.document().server().installFolder());
        List<Volume> volumes = built.document().volumes();
        assertEquals(List.of(VolumeRole.SYSTEM, VolumeRole.INSTALL), volumes.get(0).roles());
        assertEquals(List.of(VolumeRole.SCRATCH), volumes.get(1).roles());
        assertEquals(List.of(VolumeRole.STORAGE_POOL), volumes.get(2).roles());
        assertEquals(Boolean.TRUE, built.document().vault().registered());
        assertEquals("rsv-backup-weu", built.document().vault().vaultName());
        assertEquals(0.4, built.document().clock().offsetSeconds(), 0.01);
        assertEquals(3298534883328L, built.document().storagePool().freeBytes());
        ProtectedServer fs01 = built.document().protectedServers().get(0);
        assertEquals("FS01.contoso.local", fs01.name());
        assertEquals(Trust.TRUSTED_DOMAIN, fs01.trust());
        assertEquals("MABS01.contoso.local", fs01.agent().attachedTo());
        assertEquals(Boolean.TRUE, fs01.windowsServerBackupInstalled());
        assertEquals("VSS", fs01.services().get(1).name());
        assertNull(built.document().vault().credentialsFileName(), "no vault credentials file was found");
    }

    @Test
    void theFrenchBundleGivesTheCredentialsFileAndItsAge() throws Exception {
        BuiltFacts built = new BundleReader().read(Project.bundles().resolve("vault-credentials-invalid"));
        assertEquals(Boolean.FALSE, built.document().vault().registered());
        assertEquals("rsv-sauvegarde-frc_Fri Nov 20 2026.VaultCredentials", built.document().vault().credentialsFileName());
        assertEquals(0.6, built.document().vault().credentialsFileAgeHours());
        assertEquals(742.602, built.document().clock().offsetSeconds());
        assertNull(built.document().protectedServers().get(1).volumes(), "SQL01 could not be read over WinRM");
    }

    @Test
    void aZipAsCompressArchiveWritesItOrWithTheBundleFolderInsideReadsTheSame() throws Exception {
        String fromFolder = new BundleReader().read(HEALTHY).json();
        assertEquals(fromFolder, new BundleReader().read(Zips.zip(HEALTHY, temp.resolve("flat.zip"), "")).json());
        assertEquals(fromFolder, new BundleReader().read(Zips.zip(HEALTHY, temp.resolve("folder.zip"), "mabs-facts-MABS01-20261120T061502Z/")).json());
        assertEquals(fromFolder, new BundleReader().read(Zips.zip(HEALTHY, temp.resolve("backslash.zip"), "mabs-facts-MABS01-20261120T061502Z\\")).json());
        assertTrue(Bundle.isBundle(temp.resolve("flat.zip")));
        assertTrue(Bundle.isBundle(HEALTHY));
        assertFalse(Bundle.isBundle(Project.samples().resolve("healthy.json")));
        assertFalse(Bundle.isBundle(Project.samples()));
    }

    @Test
    void problemsNameTheSpecTheFileInsideTheBundleAndTheLine() throws Exception {
        BuiltFacts built = new BundleReader().read(Project.bundles().resolve("damaged-outputs"));
        SpecProblem services = problem(built, "services");
        assertEquals("services.json", services.file());
        assertEquals(27, services.line());
        assertTrue(services.toString().startsWith("services: services.json:27: malformed JSON"), services.toString());
        assertEquals(List.of("/services", "/platform/coHostedRoles"), services.unknownFacts());
        assertNull(built.document().services(), "a damaged output leaves its facts unknown");
        assertNull(built.document().certificates());
        assertEquals("certificates.json: its output file is missing from the bundle", problem(built, "certificates").problem());
        assertTrue(problem(built, "processes").message().startsWith("not run by this collector (Collect-MabsFacts.ps1 1.0.0)"));
        assertTrue(problem(built, "hotfixes").message().startsWith("not a spec this version of mabs-advisor knows"));
    }

    @Test
    void aFailedCommandKeepsTheManifestsErrorAndNamesNoFile() throws Exception {
        BuiltFacts built = new BundleReader().read(Project.bundles().resolve("collection-failures"));
        SpecProblem groups = problem(built, "dpm-protection-groups");
        assertNull(groups.file());
        assertTrue(groups.problem().startsWith("the command failed (exit code 1): The term 'Get-DPMProtectionGroup' is not recognized"), groups.problem());
        assertNull(built.document().protectionGroups());
        assertNull(built.document().antivirus(), "no Defender and no Security Center: the antivirus products are unknown");
    }

    @Test
    void bundlesThatCannotBeReadAtAll() throws Exception {
        Path noManifest = Files.createDirectories(temp.resolve("outputs-only"));
        Files.writeString(noManifest.resolve("services.json"), "[]");
        assertProblem(Zips.zip(noManifest, temp.resolve("no-manifest.zip"), ""), "no-manifest.zip: has no manifest.json");
        assertProblem(noManifest, "outputs-only: is a folder without manifest.json");
        Path notZip = Files.writeString(temp.resolve("bundle.zip"), "this is not a zip");
        assertProblem(notZip, "bundle.zip: is not a readable zip file");
        assertProblem(temp.resolve("missing.zip"), "missing.zip: no such file");
        assertProblem(withManifest("broken", "{\r\n    \"host\":  \"MABS01\",\r\n    \"collectedAt\":  \"2026-11-20T06:15:02Z\"\r\n    \"specs\":  []\r\n}"),
                "manifest.json:4:5: malformed manifest");
        assertProblem(withManifest("newer", "{\"format\": \"2\", \"host\": \"MABS01\", \"collectedAt\": \"2026-11-20T06:15:02Z\", \"specs\": []}"),
                "is of format 2, made by a newer collector: update mabs-advisor to read it");
        assertProblem(withManifest("no-host", "{\"collectedAt\": \"2026-11-20T06:15:02Z\", \"specs\": []}"), "lacks the host or the collection time");
        assertProblem(withManifest("bad-time", "{\"host\": \"MABS01\", \"collectedAt\": \"yesterday\", \"specs\": []}"),
                "manifest.json:1:35: malformed manifest: collectedAt must be a date and time with its offset");
        assertProblem(withManifest("bad-code", "{\"host\": \"MABS01\", \"collectedAt\": \"2026-11-20T06:15:02Z\", \"specs\": [{\"spec\": \"services\", \"exitCode\": \"zero\"}]}"),
                "malformed manifest: specs[0].exitCode: Cannot deserialize value of type Integer from String \"zero\"");
        assertProblem(withManifest("no-spec-name", "{\"host\": \"MABS01\", \"collectedAt\": \"2026-11-20T06:15:02Z\", \"specs\": [{\"exitCode\": 0}]}"),
                "a command entry without its spec name");
    }

    @Test
    void anEmptyManifestGivesAServerWithNothingKnownButItsName() throws Exception {
        BuiltFacts built = new BundleReader().read(withManifest("empty", "{\"host\": \"MABS07\", \"collectedAt\": \"2026-11-20T06:15:02Z\", \"specs\": []}"));
        assertEquals("MABS07", built.document().server().name());
        assertNull(built.document().services());
        assertEquals(SpecList.builtIn().specs().stream().filter(s -> s.target() == Spec.Target.SERVER).count(), built.problems().size());
    }

    @Test
    void entriesOfTheZipOutsideTheBundleAreNeverRead() throws Exception {
        Path zip = temp.resolve("traversal.zip");
        String manifest = "{\"host\": \"MABS07\", \"collectedAt\": \"2026-11-20T06:15:02Z\", \"specs\": ["
                + "{\"spec\": \"services\", \"output\": \"../services.json\", \"exitCode\": 0}]}";
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String[] entry : List.of(new String[] {"manifest.json", manifest}, new String[] {"../services.json", "[]"},
                    new String[] {"sub/services.json", "[]"})) {
                z.putNextEntry(new ZipEntry(entry[0]));
                z.write(entry[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        BuiltFacts built = new BundleReader().read(zip);
        assertNull(built.document().services());
        assertEquals("../services.json: its output file is missing from the bundle", problem(built, "services").problem());
    }

    private Path withManifest(String name, String manifest) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        Files.writeString(dir.resolve("manifest.json"), manifest);
        return dir;
    }

    private static void assertProblem(Path bundle, String expected) {
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> new BundleReader().read(bundle));
        String all = String.join("\n", e.problems().stream().map(InputProblem::toString).toList());
        assertTrue(all.contains(expected), "expected '" + expected + "' in: " + all);
    }

    private static SpecProblem problem(BuiltFacts built, String spec) {
        try (Stream<SpecProblem> s = built.problems().stream()) {
            return s.filter(p -> p.spec().equals(spec)).findFirst().orElseThrow(() -> new AssertionError("no problem for " + spec + ": " + built.problems()));
        }
    }
}
