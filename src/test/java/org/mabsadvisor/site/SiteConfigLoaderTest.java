package org.mabsadvisor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.engine.Severity;

/** Reading site configuration files: what they say, and where they are wrong. */
class SiteConfigLoaderTest {

    private static SiteConfig load(Path dir, String yaml) throws Exception {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, yaml);
        return new SiteConfigLoader().load(file);
    }

    private static List<String> problems(Path dir, String yaml) {
        return assertThrows(InvalidSiteConfigException.class, () -> load(dir, yaml)).problems().stream()
                .map(p -> p.replace(dir.resolve("site.yaml").toString(), "site.yaml")).toList();
    }

    @Test
    void entriesKeepWhereTheyWereWritten(@TempDir Path dir) throws Exception {
        SiteConfig c = load(dir, "# comment\ndisable:\n  - BASIC-06\nseverity: { BASIC-04.b: low }\nreplace: [BASIC-01]\n");
        assertEquals(List.of(new SiteConfig.Entry("BASIC-06", dir.resolve("site.yaml") + ":3:5")), c.disable());
        assertEquals(Severity.LOW, c.severities().get("BASIC-04.b"));
        assertEquals(Set.of("BASIC-01"), c.overrides().replaced());
        SiteConfig more = c.disabling(List.of("BASIC-02", "BASIC-06"));
        assertEquals(List.of("BASIC-06", "BASIC-02"), more.disable().stream().map(SiteConfig.Entry::ruleId).toList());
        assertEquals("--disable", more.disable().get(1).origin());
    }

    @Test
    void anEmptyFileOrEmptyKeysChangeNothing(@TempDir Path dir) throws Exception {
        assertEquals(SiteConfig.NONE, load(dir, ""));
        assertEquals(SiteConfig.NONE, load(dir, "disable:\nseverity:\nreplace: []\n"));
    }

    @Test
    void badShapesAndSyntaxAreLocated(@TempDir Path dir) {
        assertEquals(List.of("site.yaml:1:1: a site configuration is a mapping with the keys disable, severity, replace"),
                problems(dir, "- BASIC-06\n"));
        assertEquals(List.of("site.yaml:1:10: disable: a list of rule ids, such as [BASIC-06]",
                "site.yaml:2:11: severity: a mapping of rule ids to severities, such as {BASIC-04.b: low}",
                "site.yaml:3:21: replace: BASIC-01 is listed twice"),
                problems(dir, "disable: BASIC-06\nseverity: [low]\nreplace: [BASIC-01, BASIC-01]\n"));
        assertEquals(List.of("site.yaml:1:11: while parsing a flow node; expected the node content, but found '<stream end>'"),
                problems(dir, "disable: [\n"));
        assertEquals(List.of("site.yaml:2:8: Duplicate field 'disable'"), problems(dir, "disable: []\ndisable: [X]\n").stream()
                .map(p -> p.replaceAll("(Duplicate field 'disable').*", "$1")).toList());
    }
}
