package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zips that try to escape, explode or confuse: refused or read safely, never written anywhere. */
class HostileBundleTest {
    private static final String MANIFEST = "{\"host\": \"MABS07\", \"collectedAt\": \"2026-11-20T06:15:02Z\", \"specs\": ["
            + "{\"spec\": \"services\", \"output\": \"services.json\", \"exitCode\": 0}]}";

    @TempDir
    Path temp;

    @Test
    void aZipBombIsRefusedFromItsRatioBeforeBeingExpanded() throws IOException {
        Path zip = temp.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            entry(z, "manifest.json", MANIFEST.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("services.json"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertTrue(Files.size(zip) < 1024 * 1024, "the bomb is small on disk");
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> new BundleReader().read(zip));
        String message = e.problems().get(0).toString();
        assertTrue(message.contains("bomb.zip!services.json") && message.contains("refused as a zip bomb"), message);
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Path zip = temp.resolve("many.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            entry(z, "manifest.json", MANIFEST.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 2001; i++) {
                entry(z, "f" + i + ".txt", new byte[] {'x'});
            }
        }
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> new BundleReader().read(zip));
        assertTrue(e.problems().get(0).toString().contains("holds more than 2000 files: not a bundle"), e.problems().toString());
    }

    @Test
    void escapingAndNestedEntriesAreNeverReadNorWritten() throws Exception {
        Path zip = temp.resolve("escape.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            entry(z, "manifest.json", MANIFEST.replace("\"services.json\"", "\"../../etc/services.json\"").getBytes(StandardCharsets.UTF_8));
            entry(z, "../../etc/services.json", "[]".getBytes(StandardCharsets.UTF_8));
            entry(z, "/abs/services.json", "[]".getBytes(StandardCharsets.UTF_8));
            entry(z, "nested.zip", Files.readAllBytes(writeSmallZip(temp.resolve("inner.zip"))));
        }
        BuiltFacts built = new BundleReader().read(zip);
        assertNull(built.document().services(), "an output outside the bundle is never read");
        try (var files = Files.list(temp)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().equals("etc")), "nothing is extracted");
        }
    }

    @Test
    void entryNamesInAnotherEncodingAreRefusedClearly() throws IOException {
        Path zip = temp.resolve("cp437.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out, Charset.forName("IBM437"))) {
            entry(z, "manifest.json", MANIFEST.getBytes(StandardCharsets.UTF_8));
            entry(z, "sauvegardé.json", "[]".getBytes(StandardCharsets.UTF_8));
        }
        InvalidBundleException e = assertThrows(InvalidBundleException.class, () -> new BundleReader().read(zip));
        assertEquals(zip + ": is not a readable zip file (invalid CEN header (bad entry name))", e.problems().get(0).toString());
    }

    private static Path writeSmallZip(Path path) throws IOException {
        try (OutputStream out = Files.newOutputStream(path); ZipOutputStream z = new ZipOutputStream(out)) {
            entry(z, "services.json", "[]".getBytes(StandardCharsets.UTF_8));
        }
        return path;
    }

    private static void entry(ZipOutputStream z, String name, byte[] content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content);
        z.closeEntry();
    }
}
