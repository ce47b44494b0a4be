package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.testing.Project;

/** collect/specs.json: well formed, the same as the copy in the jar, and one parser per spec and one spec per parser. */
class SpecListTest {

    @Test
    void everySpecHasAParserAndEveryParserASpec() {
        TreeSet<String> specs = SpecList.builtIn().specs().stream().map(Spec::name).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> parsers = new TreeSet<>(Parsers.BY_SPEC.keySet());
        TreeSet<String> withoutParser = new TreeSet<>(specs);
        withoutParser.removeAll(parsers);
        TreeSet<String> withoutSpec = new TreeSet<>(parsers);
        withoutSpec.removeAll(specs);
        assertTrue(withoutParser.isEmpty(), "specs without a parser: " + withoutParser);
        assertTrue(withoutSpec.isEmpty(), "parsers without a spec: " + withoutSpec);
    }

    @Test
    void theJarCarriesTheCollectorsSpecList() throws Exception {
        try (InputStream in = SpecList.class.getResourceAsStream(SpecList.RESOURCE)) {
            assertEquals(Files.readString(Project.collector().resolve("specs.json")), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void specsKnowTheirOutputsAndTheirKind() {
        SpecList specs = SpecList.builtIn();
        Spec reg = specs.find("registry-refs-inline-trim").orElseThrow();
        assertTrue(reg.isProgram() && reg.localized());
        Spec services = specs.find("ps-services").orElseThrow();
        assertEquals(Spec.Target.PROTECTED_SERVER, services.target());
        assertEquals("ps-services-SQL01.contoso.local.json", services.outputFor("SQL01.contoso.local"));
        assertEquals("ps-services-FS_01_.json", services.outputFor("FS 01\\"));
        assertTrue(specs.find("group-policies").orElseThrow().writesOutputFile());
        assertTrue(specs.specs().stream().allMatch(s -> !s.feeds().isEmpty()));
    }

    @Test
    void aBrokenSpecListIsRejected() {
        String spec = "{\"name\": \"%s\", \"command\": \"Get-Date\", \"output\": \"%s\", \"feeds\": [\"/clock\"]%s}";
        assertDoesNotThrow(() -> read(String.format(spec, "a", "a.json", "") + "," + String.format(spec, "b", "b-{server}.json",
                ", \"target\": \"protectedServer\"")));
        assertRejected(String.format(spec, "a", "a.json", "") + "," + String.format(spec, "a", "b.json", ""));
        assertRejected(String.format(spec, "a", "x.json", "") + "," + String.format(spec, "b", "x.json", ""));
        assertRejected(String.format(spec, "Bad Name", "a.json", ""));
        assertRejected(String.format(spec, "a", "../a.json", ""));
        assertRejected(String.format(spec, "a", "manifest.json", ""));
        assertRejected(String.format(spec, "a", "a.json", ", \"target\": \"protectedServer\""));
        assertRejected(String.format(spec, "a", "a-{server}.json", ""));
        assertRejected(String.format(spec, "a", "a.json", ", \"colour\": \"red\""));
    }

    private static void assertRejected(String specs) {
        assertThrows(Exception.class, () -> read(specs), specs);
    }

    private static SpecList read(String specs) throws java.io.IOException {
        byte[] json = ("{\"format\": \"1\", \"specs\": [" + specs + "]}").getBytes(StandardCharsets.UTF_8);
        return SpecList.read(new ByteArrayInputStream(json));
    }
}
