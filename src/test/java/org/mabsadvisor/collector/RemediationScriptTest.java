package org.mabsadvisor.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.cli.CliRun;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.findings.ActionText;
import org.mabsadvisor.findings.RuleText;
import org.mabsadvisor.findings.RuleTexts;
import org.mabsadvisor.remediation.Fix;
import org.mabsadvisor.remediation.RemediationPlan;
import org.mabsadvisor.remediation.ScriptWords;
import org.mabsadvisor.remediation.ScriptWriter;
import org.mabsadvisor.formats.JsonReport;
import org.mabsadvisor.testing.Project;
import org.mabsadvisor.testing.SampleReports;

/**
 * The remediation scripts: every sample's parses with the PowerShell grammar; each step function
 * can be previewed (-WhatIf), checks its problem first, and takes the report's values only as
 * parameters; hostile values stay inside their single-quoted literals; the golden script of
 * docs/remediation.md is what the tool writes today.
 */
class RemediationScriptTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FUNCTION = Pattern.compile("(?s)\nfunction (Invoke-MabsStep\\d+) \\{\n(.*?)\n}\n");
    /**
     * The golden scripts reviewed in docs/remediation/, one per sample with root causes, in the
     * language of its report: between them every root cause that a sample shows has its plan there.
     */
    private static final Map<String, String> GOLDENS = new LinkedHashMap<>(Map.of(
            "basic-troubleshooting", "en", "antivirus-without-exclusions", "en", "vault-credentials-invalid", "en",
            "replica-inconsistent", "en", "mars-cache-broken", "en", "busy-server-alerts-fr", "fr", "online-recovery-point-failed", "fr"));

    private static PowerShellGrammar grammar;
    private static RuleTexts texts;
    private static final Map<String, JsonNode> REPORTS = new LinkedHashMap<>();
    private static final Map<String, String> SCRIPTS = new LinkedHashMap<>();

    @BeforeAll
    static void generate() throws Exception {
        grammar = PowerShellGrammar.install();
        List<RuleProblem> problems = new ArrayList<>();
        texts = RuleTexts.read(List.of(Project.builtInRules()), Set.of(), Set.of(), problems);
        assertEquals(List.of(), problems);
        SampleReports reports = new SampleReports();
        for (Path sample : SampleReports.samples()) {
            JsonNode report = JSON.readTree(new JsonReport().render(reports.of(sample, "en")));
            String name = sample.getFileName().toString();
            REPORTS.put(name, report);
            SCRIPTS.put(name, script(report, ScriptWords.of("en")));
        }
    }

    private static String script(JsonNode report, ScriptWords words) {
        RemediationPlan plan = RemediationPlan.of(report, id -> fixesOf(id), words);
        return new ScriptWriter(words).write(plan, "report.json");
    }

    private static List<Fix> fixesOf(String id) {
        List<Fix> fixes = new ArrayList<>();
        for (String lang : texts.languagesOf(id)) {
            RuleText t = texts.of(id, lang);
            for (ActionText a : t.actions()) {
                if (a.fix() != null) {
                    fixes.add(a.fix());
                }
            }
        }
        return fixes;
    }

    @Test
    void everySamplesScriptParses() throws Exception {
        List<PowerShellGrammar.Source> sources = SCRIPTS.entrySet().stream()
                .map(e -> new PowerShellGrammar.Source(e.getKey(), e.getValue())).toList();
        for (PowerShellGrammar.Parsed p : grammar.parse(sources)) {
            assertEquals(List.of(), p.errors(), p.name() + ":\n" + p.text());
        }
        assertTrue(SCRIPTS.values().stream().anyMatch(s -> s.contains("function Invoke-MabsStep")), "some sample must give a step that runs");
    }

    @Test
    void everyStepFunctionPreviewsChecksFirstAndTakesValuesAsParameters() {
        int functions = 0;
        for (Map.Entry<String, String> e : SCRIPTS.entrySet()) {
            Matcher m = FUNCTION.matcher(e.getValue());
            while (m.find()) {
                functions++;
                String body = m.group(2);
                String where = e.getKey() + " " + m.group(1);
                assertTrue(body.contains("[CmdletBinding(SupportsShouldProcess = $true"), where);
                int check = body.indexOf("    if (-not (");
                int process = body.indexOf("$PSCmdlet.ShouldProcess(");
                assertTrue(check > 0 && process > check, where + ": the pre-check must come before ShouldProcess");
                assertFalse(body.contains("$MabsData"), where + ": a step takes its values as parameters");
            }
            assertNoFactValueInCode(e.getKey(), e.getValue(), REPORTS.get(e.getKey()));
        }
        assertTrue(functions >= 3, "the samples must exercise several step functions");
    }

    /** Outside the data table and comments, no value of the report's evidence facts appears. */
    private static void assertNoFactValueInCode(String name, String script, JsonNode report) {
        Set<String> values = new TreeSet<>();
        report.findValues("data").forEach(d -> d.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual() && f.getValue().asText().length() >= 4 && !f.getValue().asText().matches("[A-Za-z]+")) {
                values.add(f.getValue().asText());
            }
        }));
        values.add(report.path("host").asText());
        String code = code(script);
        for (String v : values) {
            assertFalse(code.contains(v), name + ": fact value '" + v + "' outside the parameter data");
        }
    }

    /** The script without its data table and its comments. */
    private static String code(String script) {
        int start = script.indexOf("$MabsData = @{\n");
        int end = script.indexOf("\n}\n", start);
        return (script.substring(0, start) + script.substring(end)).lines().filter(l -> !l.strip().startsWith("#"))
                .collect(Collectors.joining("\n"));
    }

    private static final List<String> HOSTILE = List.of(
            "'; Remove-Item C:\\ -Recurse; '",
            "$(Remove-Item C:\\ -Recurse)",
            "`$(calc)`",
            "a\nRemove-Item C:\\ -Recurse\n#",
            "a\"; Remove-Item C:\\; \"",
            "\u2019; Remove-Item C:\\ -Recurse; \u2018",
            "\u201B\u201A'; & calc #",
            "x\u2028Remove-Item C:\\");

    @Test
    void hostileValuesStayInsideTheirLiterals() throws Exception {
        JsonNode sample = REPORTS.get("basic-troubleshooting.json");
        String benign = script(sample, ScriptWords.of("en"));
        List<PowerShellGrammar.Source> sources = new ArrayList<>();
        for (String hostile : HOSTILE) {
            String s = script(withHostile(sample, hostile), ScriptWords.of("en"));
            sources.add(new PowerShellGrammar.Source(hostile, s));
            // PowerShell's own reading of the data table: each line is two single-quoted literals, and
            // the value read back is the value given (control characters made spaces).
            for (String line : dataLines(s)) {
                List<String> literals = singleQuoted(line.strip());
                assertEquals(2, literals.size(), "a data line must be 'key' = 'value': " + line);
            }
            assertTrue(dataValues(s).contains(hostile.replaceAll("[\\n\\u2028]", " ")), "the hostile value is kept as data: " + hostile);
            assertFalse(code(s).contains("Remove-Item"), "no hostile code outside the data: " + hostile);
        }
        List<PowerShellGrammar.Parsed> parsed = grammar.parse(sources);
        Set<String> benignCommands = commands(grammar.parse("benign", benign));
        for (PowerShellGrammar.Parsed p : parsed) {
            assertEquals(List.of(), p.errors(), p.name());
            // A value with a line break turns its steps manual: fewer commands, never another one.
            assertTrue(benignCommands.containsAll(commands(p)), "the hostile value added commands: " + p.name() + " " + commands(p));
            if (!p.name().matches("(?s).*[\\n\\u2028].*")) {
                assertEquals(benignCommands, commands(p), "the hostile value removed commands: " + p.name());
            }
        }
        // A service name with a line break is no value to pass: its steps become manual.
        String broken = script(withHostile(sample, "obengine\nRemove-Item C:\\"), ScriptWords.of("en"));
        assertFalse(broken.contains("Invoke-MabsStep1 -Name"), "a value with a line break must not be passed to a step");
    }

    @Test
    void aFixTheRulesDoNotGiveIsNotRun() {
        ObjectNode report = REPORTS.get("basic-troubleshooting.json").deepCopy();
        for (JsonNode fix : report.findValues("fix")) {
            ((ObjectNode) fix).put("before", "$true");
        }
        String s = script(report, ScriptWords.of("en"));
        assertFalse(s.contains("function Invoke-MabsStep"), s);
        assertTrue(s.contains("the fix in the report is not one the rules give"));
        for (JsonNode fix : report.findValues("fix")) {
            ((ObjectNode) fix).put("cmdlet", "Remove-Item");
        }
        assertFalse(script(report, ScriptWords.of("en")).contains("function Invoke-MabsStep"));
    }

    @Test
    void rulesValidateRefusesASiteRulesFixOutsideTheAllowList(@org.junit.jupiter.api.io.TempDir Path work) throws Exception {
        Path folder = work.resolve("site-rules");
        assertEquals(0, CliRun.of("rules", "new", "SITE-FIX-01", "--dir", folder.toString(), "--language", "en").exitCode());
        Path words = folder.resolve("site-fix-01.texts.yaml");
        String scaffold = Files.readString(words);
        String good = "SITE-FIX-01:\n  en:\n    title: T\n    evidence: E\n    actions:\n      - do: Start it.\n"
                + "        fix: { cmdlet: Start-Service, parameters: { Name: $service.name }, before: \"(Get-Service -Name $Name).Status -ne 'Running'\" }\n";
        Files.writeString(words, good);
        CliRun valid = CliRun.of("rules", "validate", folder.toString());
        assertEquals(0, valid.exitCode(), valid.out() + valid.err() + "\n" + scaffold);
        Files.writeString(words, good.replace("Start-Service", "Remove-Item"));
        CliRun refused = CliRun.of("rules", "validate", folder.toString());
        assertEquals(2, refused.exitCode(), refused.out() + refused.err());
        assertTrue((refused.out() + refused.err()).contains("'Remove-Item' is not one a remediation may run"), refused.out() + refused.err());
    }

    @Test
    void aStepThatRemovesAnythingIsConfirmedOnItsOwn() throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Path", "HKLM:\\SOFTWARE\\Contoso");
        parameters.put("Name", "Stale");
        org.mabsadvisor.report.ActionFix remove = new org.mabsadvisor.report.ActionFix("Remove-ItemProperty", parameters, "$null -ne (Get-ItemProperty -Path $Path -Name $Name -ErrorAction SilentlyContinue)",
                null, Fix.SERVER, "High");
        RemediationPlan plan = new RemediationPlan("MABS01", "en", List.of(
                new org.mabsadvisor.remediation.Step(1, "finding", "SITE-01", "Stale value", null, "Remove the stale value.", null, remove, null)));
        String s = new ScriptWriter(ScriptWords.of("en")).write(plan, "report.json");
        assertTrue(s.contains("ConfirmImpact = 'High'"), s);
        assertTrue(s.contains("$PSCmdlet.ShouldProcess($Path, 'Remove-ItemProperty') -and $PSCmdlet.ShouldContinue("), s);
        assertEquals(List.of(), grammar.parse("high", s).errors());
    }

    @Test
    void aCommandWithAPlaceholderIsAManualStep() {
        String s = SCRIPTS.get("basic-troubleshooting.json");
        assertTrue(s.contains("Test-NetConnection -ComputerName <endpoint> -Port 443"), "the command is shown as data");
        assertTrue(s.contains("a placeholder is left in the command"));
        assertFalse(code(s).contains("<endpoint>"));
    }

    @Test
    void rulesRefuseAFixOutsideTheAllowList() {
        assertThrows(IllegalArgumentException.class, () -> new Fix("Remove-Item", Map.of("Path", "C:\\"), "$true", null, null));
        assertThrows(IllegalArgumentException.class, () -> new Fix("Start-Service", Map.of("Name", "$service.name"), null, null, null),
                "the pre-check is required");
        assertThrows(IllegalArgumentException.class,
                () -> new Fix("Start-Service", Map.of("Name", "x"), "(Get-Service -Name $Other).Status -ne 'Running'", null, null),
                "conditions may only use the parameters");
        assertThrows(IllegalArgumentException.class,
                () -> new Fix("Start-Service", Map.of("Name", "x"), "$true; Remove-Item C:\\", null, null));
        assertThrows(IllegalArgumentException.class, () -> new Fix("New-Item", Map.of("Path", "C:\\x"), "$true", null, null),
                "New-Item only creates registry keys");
        assertNotNull(new Fix("Start-Service", Map.of("Name", "$service.name"), "(Get-Service -Name $Name).Status -ne 'Running'", null, null));
    }

    @Test
    void aRegistryValueIsSetByAStepThatChecksItsTypeAndValue() {
        String s = SCRIPTS.get("tls-broken.json");
        // TLS-02: the four .NET Framework values, each its own step; an absent value counts as not set.
        String step = stepSetting(s, "'HKLM:\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319'", "'SchUseStrongCrypto'");
        assertTrue(step.contains("ConfirmImpact = 'Medium'"), step);
        assertTrue(step.contains("    if (-not ($null -eq (Get-ItemProperty -Path $Path -Name $Name -ErrorAction SilentlyContinue).$Name -or "
                + "(Get-Item -Path $Path).GetValueKind($Name) -ne 'DWord' -or (Get-ItemProperty -Path $Path -Name $Name).$Name -ne $Value)) {"), step);
        assertTrue(step.contains("    Set-ItemProperty -Path $Path -Name $Name -Value $Value -Type $Type\n"), step);
        assertTrue(step.contains("(Get-Item -Path $Path).GetValueKind($Name) -eq 'DWord' -and (Get-ItemProperty -Path $Path -Name $Name).$Name -eq $Value"), step);
        // TLS-01: an SChannel value left out is the Windows default, so only a value present and wrong is set.
        String schannel = stepSetting(s, "'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client'",
                "'DisabledByDefault'");
        assertTrue(schannel.contains("    if (-not ($null -ne (Get-ItemProperty -Path $Path -Name $Name -ErrorAction SilentlyContinue).$Name -and -not ("), schannel);
    }

    @Test
    void aRegistryValueIsRemovedOnlyAfterItsOwnConfirmation() {
        String s = SCRIPTS.get("email-office365.json");
        String step = stepSetting(s, "'HKLM:\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Notification'", "'SMTPPassword'");
        assertTrue(step.contains("ConfirmImpact = 'High'"), step);
        assertTrue(step.contains("    if (-not ((Get-Item -Path $Path -ErrorAction SilentlyContinue).Property -contains $Name)) {"), step);
        assertTrue(step.contains("$PSCmdlet.ShouldProcess($Path, 'Remove-ItemProperty') -and $PSCmdlet.ShouldContinue("), step);
        assertTrue(step.contains("    Remove-ItemProperty -Path $Path -Name $Name\n"), step);
        assertTrue(step.contains("(Get-Item -Path $Path).Property -notcontains $Name"), step);
    }

    @Test
    void anAntivirusExclusionIsAddedOnlyWhileDefenderScansAndLacksIt() {
        String s = SCRIPTS.get("antivirus-without-exclusions.json");
        String folder = stepSetting(s, "'C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM\\XSD'");
        assertTrue(folder.contains("ConfirmImpact = 'Medium'"), folder);
        assertTrue(folder.contains("    if (-not ($null -ne (Get-Command -Name Get-MpPreference -ErrorAction SilentlyContinue) -and "
                + "(Get-MpComputerStatus -ErrorAction SilentlyContinue).RealTimeProtectionEnabled -and "
                + "(Get-MpPreference -ErrorAction SilentlyContinue).ExclusionPath -notcontains $ExclusionPath)) {"), folder);
        assertTrue(folder.contains("    Add-MpPreference -ExclusionPath $ExclusionPath\n"), folder);
        String process = stepSetting(s, "'C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM\\bin\\dpmra.exe'");
        assertTrue(process.contains("    Add-MpPreference -ExclusionProcess $ExclusionProcess\n"), process);
        assertTrue(process.contains("(Get-MpPreference).ExclusionProcess -contains $ExclusionProcess"), process);

        // A value with a wildcard would exclude more than the folder the finding names: the step is manual.
        ObjectNode report = REPORTS.get("antivirus-without-exclusions.json").deepCopy();
        for (JsonNode fix : report.findValues("fix")) {
            if (fix.path("parameters").has("ExclusionPath")) {
                ((ObjectNode) fix.path("parameters")).put("ExclusionPath", "C:\\*");
            }
        }
        String wild = script(report, ScriptWords.of("en"));
        assertFalse(wild.contains("Add-MpPreference -ExclusionPath $ExclusionPath"), wild);
        assertTrue(wild.contains("the value of ExclusionPath holds a control character, a placeholder or, in an exclusion, a wildcard"), wild);
        assertTrue(wild.contains("Add-MpPreference -ExclusionProcess $ExclusionProcess"), "the process step is untouched");
    }

    @Test
    void anAntivirusFixOnlyAddsOneExclusion() {
        String before = "(Get-MpPreference).ExclusionPath -notcontains $ExclusionPath";
        assertNotNull(new Fix("Add-MpPreference", Map.of("ExclusionPath", "$folder"), before, null, null));
        assertNotNull(new Fix("Add-MpPreference", Map.of("ExclusionProcess", "$dpmra"), "(Get-MpPreference).ExclusionProcess -notcontains $ExclusionProcess",
                null, null));
        assertThrows(IllegalArgumentException.class, () -> new Fix("Add-MpPreference", Map.of("AttackSurfaceReductionRulesIds", "x"), "$true", null, null),
                "Add-MpPreference changes more than exclusions: only ExclusionPath and ExclusionProcess are allowed");
        assertThrows(IllegalArgumentException.class,
                () -> new Fix("Add-MpPreference", Map.of("ExclusionPath", "$folder", "ExclusionExtension", "vhdx"), before, null, null),
                "one exclusion per fix");
    }

    @Test
    void aCauseRunsTheFixesOfTheFindingsItExplains() {
        // CAUSE-REPLICA-INCONSISTENT replaces the plans of RI-04 and RI-02: its steps of the same
        // commands run their fixes, on the protected server the findings name.
        String s = SCRIPTS.get("replica-inconsistent.json");
        String vss = stepSetting(s, "'CAUSE-REPLICA-INCONSISTENT'", "'VSS'", "'Manual'");
        assertTrue(vss.contains("    Set-Service -Name $Name -ComputerName $ComputerName -StartupType $StartupType\n"), vss);
        String wsb = stepSetting(s, "'CAUSE-REPLICA-INCONSISTENT'", "'Windows-Server-Backup'");
        assertTrue(wsb.contains("    Install-WindowsFeature -Name $Name -ComputerName $ComputerName\n"), wsb);
    }

    @Test
    void everyBuiltInActionHasTheSameFixInEveryLanguage() throws Exception {
        Pattern id = Pattern.compile("(?m)^([A-Z][A-Za-z0-9.-]+):$");
        int fixes = 0;
        try (var files = Files.list(Project.builtInRules())) {
            for (Path file : files.filter(f -> f.toString().endsWith(RuleTexts.SUFFIX)).sorted().toList()) {
                Matcher m = id.matcher(Files.readString(file));
                while (m.find()) {
                    List<List<List<Fix>>> byLanguage = new ArrayList<>();
                    for (String lang : texts.languagesOf(m.group(1))) {
                        byLanguage.add(texts.of(m.group(1), lang).actions().stream().map(ActionText::fixes).toList());
                    }
                    for (List<List<Fix>> other : byLanguage) {
                        assertEquals(byLanguage.get(0), other, file.getFileName() + " " + m.group(1) + ": the languages' actions must carry the same fixes");
                    }
                    fixes += byLanguage.isEmpty() ? 0 : byLanguage.get(0).stream().mapToInt(List::size).sum();
                }
            }
        }
        assertTrue(fixes > 9, "the built-in rules' fixes were not found: " + fixes);
    }

    /** The step function whose data lines hold all these values (as the data table quotes them). */
    private static String stepSetting(String script, String... values) {
        Matcher data = Pattern.compile("    'Step(\\d+)\\.[A-Za-z]+' = (.*)").matcher(script);
        Map<String, Set<String>> byStep = new LinkedHashMap<>();
        while (data.find()) {
            byStep.computeIfAbsent(data.group(1), k -> new java.util.HashSet<>()).add(data.group(2));
        }
        String number = byStep.entrySet().stream().filter(e -> e.getValue().containsAll(List.of(values))).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no step with " + List.of(values) + ":\n" + script));
        Matcher m = FUNCTION.matcher(script);
        while (m.find()) {
            if (m.group(1).equals("Invoke-MabsStep" + number)) {
                return m.group(0);
            }
        }
        throw new AssertionError("step " + number + " runs no fix:\n" + script);
    }

    @org.junit.jupiter.api.TestFactory
    java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> eachGoldenScriptIsWhatTheToolWrites() {
        return GOLDENS.entrySet().stream().map(g -> org.junit.jupiter.api.DynamicTest.dynamicTest(g.getKey() + " (" + g.getValue() + ")",
                () -> golden(g.getKey(), g.getValue())));
    }

    private static void golden(String sample, String language) throws Exception {
        Path folder = Files.createTempDirectory("remediation");
        Path named = folder.resolve(sample + ".report.json");
        Path out = folder.resolve("fix.ps1");
        try {
            CliRun analyze = CliRun.of("analyze", Project.samples().resolve(sample + ".json").toString(), "--format", "json",
                    "--lang", language, "-o", named.toString());
            assertTrue(analyze.exitCode() <= 1, analyze.err());
            CliRun remediate = CliRun.of("remediate", named.toString(), "-o", out.toString());
            assertEquals(0, remediate.exitCode(), remediate.err());
            String written = Files.readString(out, StandardCharsets.UTF_8);
            Path golden = Project.root().resolve("docs/remediation/" + sample + ".ps1");
            assertTrue(Files.exists(golden), "write " + golden + " with the commands of docs/remediation.md");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), written,
                    "regenerate docs/remediation/" + sample + ".ps1 with the commands of docs/remediation.md");
            assertEquals(List.of(), grammar.parse(sample, written).errors());
            assertTrue(written.contains(language.equals("fr") ? "Étapes de ce script" : "Steps of this script"), written);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(named);
            Files.deleteIfExists(folder);
        }
    }

    @Test
    void everyRootCauseThatASampleShowsHasItsPlanInAGoldenScript() throws Exception {
        Set<String> shown = new TreeSet<>();
        Set<String> golden = new TreeSet<>();
        try (var expected = Files.list(Project.samples().resolve("expected"))) {
            for (Path file : expected.toList()) {
                Matcher cause = Pattern.compile("CAUSE-[A-Z-]+").matcher(Files.readString(file));
                String sample = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                while (cause.find()) {
                    shown.add(cause.group());
                    if (GOLDENS.containsKey(sample)) {
                        golden.add(cause.group());
                    }
                }
            }
        }
        assertEquals(shown, golden, "add a sample that shows the missing causes to GOLDENS and write its golden script");
    }

    private static JsonNode withHostile(JsonNode sample, String hostile) {
        ObjectNode report = sample.deepCopy();
        report.put("host", hostile);
        for (JsonNode fix : report.findValues("fix")) {
            ObjectNode parameters = (ObjectNode) fix.path("parameters");
            if (parameters.has("Name")) {
                parameters.put("Name", hostile);
            }
        }
        for (JsonNode action : report.findValues("actions")) {
            for (JsonNode a : action) {
                ((ObjectNode) a).put("text", hostile);
            }
        }
        return report;
    }

    private static List<String> dataLines(String script) {
        int start = script.indexOf("$MabsData = @{\n") + "$MabsData = @{\n".length();
        int end = script.indexOf("\n}\n", start);
        return script.substring(start, end).lines().toList();
    }

    private static List<String> dataValues(String script) {
        return dataLines(script).stream().map(l -> singleQuoted(l.strip()).get(1)).toList();
    }

    /**
     * The single-quoted literals of a line as PowerShell reads them: any of ' ‘ ’ ‚ ‛ opens and
     * closes a literal, and two of them in a row inside one are one quote. Fails on anything
     * between the literals but " = ".
     */
    private static List<String> singleQuoted(String line) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            assertTrue(isQuote(line.charAt(i)), "expected a quote at " + i + " of " + line);
            StringBuilder value = new StringBuilder();
            i++;
            while (true) {
                assertTrue(i < line.length(), "unterminated literal: " + line);
                char c = line.charAt(i);
                if (isQuote(c)) {
                    if (i + 1 < line.length() && isQuote(line.charAt(i + 1))) {
                        value.append(c);
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value.append(c);
                i++;
            }
            literals.add(value.toString());
            if (i < line.length()) {
                assertEquals(" = ", line.substring(i, Math.min(line.length(), i + 3)), "between literals: " + line);
                i += 3;
            }
        }
        return literals;
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }

    private static Set<String> commands(PowerShellGrammar.Parsed p) {
        return p.tree().all("command_name").map(n -> n.text(p.text())).collect(Collectors.toCollection(TreeSet::new));
    }
}
