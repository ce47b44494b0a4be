package org.mabsadvisor.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.bundle.Spec;
import org.mabsadvisor.bundle.SpecList;
import org.mabsadvisor.testing.Project;

/**
 * The collector, Collect-MabsFacts.ps1, and the commands of collect/specs.json, parsed by the
 * tree-sitter PowerShell grammar. The script runs the spec commands through one runner and nothing
 * else but its own plumbing (an allow-list, each entry checked); every spec command only reads;
 * nothing reads a secret; and the only things written are the bundle folder and its zip.
 */
class CollectorScriptTest {
    private static final Path SCRIPT = Project.collector().resolve("Collect-MabsFacts.ps1");

    /** The commands the script itself runs, besides its own functions: reading, path handling, printing, zipping. */
    private static final Set<String> PLUMBING = Set.of("get-location", "join-path", "test-path", "resolve-path", "get-content", "convertfrom-json",
            "get-date", "convertto-json", "foreach-object", "where-object", "write-host", "write-warning", "write-output", "compress-archive",
            "remove-item", "sort-object", "invoke-webrequest");
    private static final Set<String> OWN_FUNCTIONS = Set.of("get-outputname", "write-bundlefile", "invoke-spec", "test-knowncommand",
            "get-placeholder", "add-computer", "add-namesof", "protect-text", "save-output");
    /** .NET methods the script calls: building values, measuring time, and writing inside its bundle folder. */
    private static final Set<String> STATIC_CALLS = Set.of("System.Text.UTF8Encoding::new", "System.Security.Principal.WindowsPrincipal::new",
            "System.Security.Principal.WindowsIdentity::GetCurrent", "System.Collections.Generic.List[string]::new",
            "System.Collections.Generic.List[object]::new", "System.Diagnostics.Stopwatch::StartNew", "scriptblock::Create",
            "System.IO.Directory::CreateDirectory", "System.IO.File::WriteAllText", "System.Security.Cryptography.SHA256::Create",
            "System.BitConverter::ToString", "regex::Replace", "regex::Matches", "regex::Match", "regex::Escape",
            "System.IO.File::ReadAllText", "uri::EscapeDataString");
    private static final Set<String> INSTANCE_CALLS = Set.of("ToUniversalTime", "ToString", "IsInRole", "Replace", "Split", "Add", "Stop", "Trim",
            "ToArray", "AddDays", "ComputeHash", "GetBytes",
            "ToLowerInvariant", "ContainsKey", "TrimEnd");
    /** Verbs of commands that only read or shape what was read. */
    private static final Pattern READ_ONLY = Pattern.compile("(?i)(Get|Test|Measure|Select|ConvertTo|Where|ForEach|Join)-[A-Za-z]+");
    private static final Set<String> SPEC_VARIABLES = Set.of("_", "eventdays", "timesource", "computername", "bundlefile", "true", "false", "null");

    private static PowerShellGrammar grammar;

    @BeforeAll
    static void installGrammar() throws Exception {
        grammar = PowerShellGrammar.install();
    }

    @Test
    void theScriptHasNoSyntaxError() throws Exception {
        PowerShellGrammar.Parsed parsed = grammar.parse("Collect-MabsFacts.ps1", Files.readString(SCRIPT));
        assertEquals(List.of(), parsed.errors(), "syntax errors in Collect-MabsFacts.ps1");
    }

    @Test
    void theGrammarCatchesSyntaxErrors() throws Exception {
        String script = Files.readString(SCRIPT);
        String broken = script.replace("foreach ($step in $planned) {", "foreach ($step in $planned {");
        assertTrue(!broken.equals(script));
        assertFalse(grammar.parse("broken copy", broken).errors().isEmpty(), "a missing parenthesis must be a syntax error");
    }

    @Test
    void everySpecCommandParses() throws Exception {
        List<PowerShellGrammar.Parsed> parsed = grammar.parse(specSources());
        for (PowerShellGrammar.Parsed p : parsed) {
            assertEquals(List.of(), p.errors(), "syntax errors in the command of spec " + p.name());
        }
    }

    @Test
    void theScriptIsAsciiSoWindowsPowerShellReadsItAsWritten() throws Exception {
        byte[] bytes = Files.readAllBytes(SCRIPT);
        for (int i = 0; i < bytes.length; i++) {
            assertTrue(bytes[i] >= 0, "byte " + i + " of the script is not ASCII: Windows PowerShell 5.1 reads a file without BOM as ANSI");
        }
        byte[] specs = Files.readAllBytes(Project.collector().resolve("specs.json"));
        assertEquals(new String(specs, StandardCharsets.US_ASCII), new String(specs, StandardCharsets.UTF_8), "specs.json is ASCII");
    }

    @Test
    void theScriptSaysAtItsTopThatItChangesNothingAndReadsNoSecret() throws Exception {
        String top = Files.readString(SCRIPT).substring(0, 2500);
        assertTrue(top.contains("IT CHANGES NOTHING ON THIS SERVER"), top);
        assertTrue(top.contains("IT READS NO SECRET"), top);
        assertTrue(top.contains("passphrase") && top.contains("SMTP password") && top.contains("vault credentials file"), top);
    }

    @Test
    void theScriptRunsTheSpecCommandsThroughOneRunnerAndOnlyItsPlumbingBesides() throws Exception {
        PowerShellCommands script = script();
        List<String> unexpected = new ArrayList<>();
        List<PowerShellCommands.Command> dynamic = new ArrayList<>();
        for (PowerShellCommands.Command c : script.commands()) {
            String name = c.name().toLowerCase(Locale.ROOT);
            if (name.startsWith("$")) {
                dynamic.add(c);
            } else if (!PLUMBING.contains(name) && !OWN_FUNCTIONS.contains(name)) {
                unexpected.add(c.line() + ": " + c.name());
            }
        }
        assertEquals(List.of(), unexpected, "the script runs commands of its own: put them in specs.json");
        assertEquals(1, dynamic.size(), "one runner of spec commands");
        assertEquals("$block", dynamic.get(0).name());
        String text = Files.readString(SCRIPT);
        assertTrue(text.contains("$block = [scriptblock]::Create([string]$Spec.command)"), "the runner runs the command of a spec");
        assertTrue(text.contains("$SpecsFile = Join-Path -Path $PSScriptRoot -ChildPath 'specs.json'"), "the specs come from collect/specs.json");
        assertTrue(text.contains("foreach ($spec in $Specs)"), "every spec is run");
        for (PowerShellCommands.Command c : script.commands()) {
            if (c.name().equalsIgnoreCase("Get-Content")) {
                assertEquals("$SpecsFile", c.after("-LiteralPath"), "the script reads no file but specs.json");
            }
        }
    }

    @Test
    void theScriptRunsOnlyTheCommandsItKnowsByTheirHash() throws Exception {
        String text = Files.readString(SCRIPT);
        Matcher table = Pattern.compile("(?s)\\$KnownCommands = @\\{\\r?\\n(.*?)\\r?\\n}").matcher(text);
        assertTrue(table.find(), "the script has its table of known commands");
        Map<String, String> known = new TreeMap<>();
        for (String line : table.group(1).split("\\r?\\n")) {
            Matcher entry = Pattern.compile("^    '([a-z0-9-]+)' = '([0-9A-F]{64})'$").matcher(line);
            assertTrue(entry.matches(), "not an entry of the table: " + line);
            known.put(entry.group(1), entry.group(2));
        }
        Map<String, String> expected = new TreeMap<>();
        for (Spec s : SpecList.builtIn().specs()) {
            expected.put(s.name(), sha256(s.command()));
        }
        assertEquals(expected, known, "the script's $KnownCommands must list the SHA-256 of every command of specs.json, and nothing else");
        int refusal = text.indexOf("if (-not (Test-KnownCommand -Spec $Spec)) {");
        int run = text.indexOf("$block = [scriptblock]::Create([string]$Spec.command)");
        assertTrue(refusal > 0 && refusal < run, "an unknown command is refused before any script block is made");
        assertTrue(text.substring(refusal, run).contains("return $entry"), "a refused spec returns without running");
    }

    @Test
    void withRedactNothingIsWrittenBeforeEveryNameIsKnownAndEverythingWrittenIsRedacted() throws Exception {
        String text = Files.readString(SCRIPT);
        int invoke = text.indexOf("function Invoke-Spec {");
        String runner = text.substring(invoke, text.indexOf("\n}", invoke));
        assertFalse(runner.contains("Write-BundleFile"), "the runner saves outputs through Save-Output, which holds them with -Redact");
        assertTrue(runner.contains("Save-Output -Name $output -Text"), runner);
        assertTrue(runner.contains("if ($Redact -and $writesOutputFile) {"), "a report a program writes itself cannot be redacted: left out");
        int learn = text.indexOf("Add-NamesOf -Text $h.Text");
        int write = text.indexOf("Write-BundleFile -Name (Protect-Text -Text $h.Name) -Text (Protect-Text -Text $h.Text)");
        assertTrue(learn > 0 && write > learn, "every held output is read for names before the first one is written");
        assertTrue(text.contains("    $manifestText = Protect-Text -Text $manifestText"), "the manifest is redacted too");
        assertTrue(text.contains("$HostLabel = if ($Redact) { 'mabs-server' } else { $HostName }"), "the zip's name does not name the server");
    }

    @Test
    void theRedactionPatternsOfTheScriptFindNamesInTextAndInJson() throws Exception {
        String text = Files.readString(SCRIPT);
        Pattern guid = scriptPattern(text, "GuidPattern");
        Pattern email = scriptPattern(text, "EmailPattern");
        Pattern profile = scriptPattern(text, "ProfilePattern");
        assertTrue(guid.matcher("\"ResourceId\":  \"5e1f4a52-8d1c-4c0e-9a11-3f0c2b7d9e41\"").find());
        assertFalse(guid.matcher("5e1f4a52-8d1c-4c0e-9a11-3f0c2b7d9e41a").find(), "not inside a longer hexadecimal run");
        Matcher mail = email.matcher("SMTPUserName    REG_SZ    mabs-alerts@contoso.com");
        assertTrue(mail.find());
        assertEquals("mabs-alerts@contoso.com", mail.group());
        Matcher json = profile.matcher("\"Message\":  \"Path: file:_C:\\\\Users\\\\jdoe\\\\Downloads\\\\x.exe\"");
        assertTrue(json.find());
        assertEquals("jdoe", json.group(2), "the profile folder in JSON, with doubled backslashes");
        Matcher plain = profile.matcher("C:\\Users\\jdoe\\Desktop\\a.VaultCredentials");
        assertTrue(plain.find());
        assertEquals("jdoe", plain.group(2));
        assertFalse(profile.matcher("C:\\Users\\Public\\Documents\\x").find(), "Windows's own profiles are nobody's");
    }

    /** A regular expression the script assigns to a variable, in a single-quoted string (the same syntax in .NET and Java here). */
    private static Pattern scriptPattern(String script, String variable) {
        Matcher m = Pattern.compile("(?m)^\\$" + variable + " = '([^']*)'$").matcher(script);
        assertTrue(m.find(), "the script defines $" + variable);
        return Pattern.compile(m.group(1));
    }

    @Test
    void aChangedCommandHasAnotherHash() {
        Spec spec = SpecList.builtIn().find("services").orElseThrow();
        assertFalse(sha256(spec.command()).equals(sha256(spec.command() + "; Stop-Service -Name 'obengine'")));
    }

    private static String sha256(String command) {
        try {
            return java.util.HexFormat.of().withUpperCase().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(command.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theScriptWritesOnlyItsBundleFolderAndZip() throws Exception {
        PowerShellCommands script = script();
        assertEquals(List.of(), script.fileRedirections(), "no redirection to a file");
        int removes = 0;
        int zips = 0;
        for (PowerShellCommands.Command c : script.commands()) {
            if (c.name().equalsIgnoreCase("Remove-Item")) {
                removes++;
                assertEquals("$BundleFolder", c.after("-LiteralPath"), "the only thing removed is the bundle folder");
            }
            if (c.name().equalsIgnoreCase("Compress-Archive")) {
                zips++;
                assertEquals("$ZipPath", c.after("-DestinationPath"));
            }
        }
        assertEquals(1, removes);
        assertEquals(1, zips);
        List<String> unexpected = new ArrayList<>();
        for (PowerShellCommands.MethodCall m : script.methodCalls()) {
            String call = m.type() == null ? m.method() : m.type() + "::" + m.method();
            if (m.type() == null ? !INSTANCE_CALLS.contains(m.method()) : !STATIC_CALLS.contains(call)) {
                unexpected.add(m.line() + ": " + m.text());
            }
            if (call.equals("System.IO.Directory::CreateDirectory")) {
                assertTrue(m.text().contains("($BundleFolder)"), m.text());
            }
            if (call.equals("System.IO.File::WriteAllText")) {
                assertTrue(m.text().contains("(Join-Path -Path $BundleFolder -ChildPath $Name)"), "written inside the bundle folder: " + m.text());
            }
        }
        assertEquals(List.of(), unexpected, "method calls the test does not know to be harmless");
        String text = Files.readString(SCRIPT);
        assertTrue(text.contains("$BundleFolder = Join-Path -Path $OutputDirectory -ChildPath $BundleName"));
        assertTrue(text.contains("if ((Test-Path -LiteralPath $BundleFolder) -or (Test-Path -LiteralPath $ZipPath)) {"),
                "the bundle folder and zip are new: nothing existing is overwritten or removed");
    }

    @Test
    void theUploadSendsOnlyTheZipOverHttpsAndReadsOnlyTheTokenFile() throws Exception {
        PowerShellCommands script = script();
        int uploads = 0;
        for (PowerShellCommands.Command c : script.commands()) {
            if (c.name().equalsIgnoreCase("Invoke-WebRequest")) {
                uploads++;
                assertEquals("$ZipPath", c.after("-InFile"), "only the bundle's zip is sent");
                assertEquals("Post", c.after("-Method"));
            }
        }
        assertEquals(1, uploads);
        for (PowerShellCommands.MethodCall m : script.methodCalls()) {
            if ((m.type() + "::" + m.method()).equals("System.IO.File::ReadAllText")) {
                assertTrue(m.text().contains("($UploadTokenFile)"), "the only file read besides specs.json is the token file: " + m.text());
            }
        }
        String text = Files.readString(SCRIPT);
        assertTrue(text.contains("if ($Upload) {"), "nothing is sent without -Upload");
        assertTrue(text.contains("-Upload needs an https:// address"), "plain HTTP is refused except to this machine");
        assertFalse(Pattern.compile("(?i)write-(host|output|warning)[^\\n]*\\$token").matcher(text).find(), "the token is never printed");
    }

    @Test
    void everySpecCommandOnlyReads() throws Exception {
        List<String> problems = new ArrayList<>();
        for (PowerShellGrammar.Parsed p : grammar.parse(specSources())) {
            problems.addAll(writes(p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void commandsThatWriteAreCaught() throws Exception {
        List<String> writers = List.of(
                "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\X' -Name 'A' -Value 1",
                "Remove-Item -LiteralPath 'C:\\Windows\\Temp\\x.tmp'",
                "New-Item -Path 'C:\\x' -ItemType Directory",
                "Get-Service -Name 'obengine' | Stop-Service",
                "Restart-Service -Name 'obengine'",
                "Get-Process | Out-File -FilePath 'C:\\out.txt'",
                "Get-Date > 'C:\\date.txt'",
                "reg.exe add \"HKLM\\SOFTWARE\\X\" /v A /d 1",
                "reg.exe delete \"HKLM\\SOFTWARE\\X\" /f",
                "gpresult.exe /scope computer /x C:\\report.xml /f",
                "w32tm.exe /resync",
                "net.exe stop obengine",
                "[System.IO.File]::Delete('C:\\x')",
                "(Get-Item -LiteralPath 'C:\\x').Delete()",
                "Get-Content -LiteralPath 'C:\\vault.VaultCredentials'",
                "Invoke-Expression -Command 'Remove-Item C:\\x'",
                "Get-ChildItem -Path 'C:\\' | ForEach-Object -Process { $_.Delete() }",
                "Invoke-Sqlcmd -ServerInstance 'MABS01\\MSDPM2012' -Query \"UPDATE dbo.tbl_X SET Enabled = 0\"",
                "Invoke-Sqlcmd -ServerInstance 'MABS01\\MSDPM2012' -Query \"SELECT 1; EXEC sp_configure 'show advanced options', 1\"",
                "Invoke-Sqlcmd -ServerInstance 'MABS01\\MSDPM2012' -Query \"SELECT name INTO dbo.copy FROM sys.databases\"",
                "Invoke-Sqlcmd -ServerInstance 'MABS01\\MSDPM2012' -InputFile 'C:\\script.sql'");
        List<PowerShellGrammar.Source> sources = new ArrayList<>();
        for (int i = 0; i < writers.size(); i++) {
            sources.add(new PowerShellGrammar.Source("writer " + i, writers.get(i)));
        }
        for (PowerShellGrammar.Parsed p : grammar.parse(sources)) {
            assertFalse(writes(p).isEmpty(), "not caught: " + p.text());
        }
    }

    @Test
    void noSpecReadsASecret() {
        for (Spec s : SpecList.builtIn().specs()) {
            String command = s.command().toLowerCase(Locale.ROOT);
            assertFalse(command.contains("smtppassword") || command.contains("passphrase"), s.name() + " reads a secret");
            assertFalse(command.contains("get-content") || command.contains("readall"), s.name() + " reads a file's content");
            assertFalse(command.contains("commandline"), s.name() + " reads process command lines");
            if (command.contains("vaultcredentials")) {
                assertTrue(command.contains("select-object -property 'name', 'lastwritetimeutc' |"), s.name() + " must keep only names and dates");
            }
            if (command.contains("data protection manager\\notification")) {
                assertTrue(command.endsWith("/v smtpusername"), s.name() + " must read the SMTPUserName value only");
            }
        }
    }

    @Test
    void specCommandsUseOnlyTheVariablesTheRunnerGivesThem() throws Exception {
        for (PowerShellGrammar.Parsed p : grammar.parse(specSources())) {
            Spec spec = SpecList.builtIn().find(p.name()).orElseThrow();
            TreeSet<String> unknown = new TreeSet<>();
            for (String v : new PowerShellCommands(p.text(), p.tree()).variables()) {
                if (!SPEC_VARIABLES.contains(v) && !v.startsWith("env:")) {
                    unknown.add(v);
                }
            }
            assertEquals(Set.of(), unknown, "variables of spec " + p.name());
            boolean perServer = spec.target() == Spec.Target.PROTECTED_SERVER;
            assertEquals(perServer, p.text().contains("$ComputerName"), p.name() + ": only protected-server specs read $ComputerName");
        }
        String script = Files.readString(SCRIPT);
        for (String given : List.of("[int] $EventDays = 7", "[string] $TimeSource = 'time.windows.com'", "$ComputerName = $Server",
                "$BundleFile = Join-Path -Path $BundleFolder -ChildPath $output", "[string[]] $ProtectedServers = @()",
                "[string] $OutputDirectory = (Get-Location).Path")) {
            assertTrue(script.contains(given), "the script defines " + given);
        }
    }

    /** Why a command is not read-only; empty when it is. */
    private static List<String> writes(PowerShellGrammar.Parsed p) {
        PowerShellCommands commands = new PowerShellCommands(p.text(), p.tree());
        List<String> problems = new ArrayList<>();
        commands.fileRedirections().forEach(r -> problems.add(p.name() + ": redirects to a file: " + r));
        for (PowerShellCommands.MethodCall m : commands.methodCalls()) {
            if (m.type() != null || !m.method().equals("AddDays")) {
                problems.add(p.name() + ": calls " + m.text());
            }
        }
        for (PowerShellCommands.Command c : commands.commands()) {
            String name = c.name();
            String first = c.arguments().isEmpty() ? "" : c.arguments().get(0).toLowerCase(Locale.ROOT);
            boolean ok = switch (name.toLowerCase(Locale.ROOT)) {
                case "reg.exe" -> first.equals("query");
                case "w32tm.exe" -> first.equals("/stripchart");
                case "vssadmin.exe" -> first.equals("list");
                // Given a folder alone, icacls only displays its entries; every change takes a switch.
                case "icacls.exe" -> c.arguments().size() == 1 && !first.startsWith("/");
                case "gpresult.exe" -> "$BundleFile".equals(c.after("/x")) && "computer".equals(c.after("/scope"));
                case "get-content" -> false;
                case "invoke-sqlcmd" -> isReadOnlyQuery(c.after("-Query")) && c.after("-InputFile") == null;
                default -> READ_ONLY.matcher(name).matches();
            };
            if (!ok) {
                problems.add(p.name() + ": runs " + name + " " + String.join(" ", c.arguments()));
            }
        }
        return problems;
    }

    /**
     * A query that only reads: one SELECT statement, with no keyword that writes, runs code or
     * changes a setting. Invoke-Sqlcmd runs anything it is given, so the query itself is checked.
     */
    private static boolean isReadOnlyQuery(String query) {
        if (query == null) {
            return false;
        }
        String q = query.strip();
        if (q.length() >= 2 && (q.startsWith("\"") || q.startsWith("'"))) {
            q = q.substring(1, q.length() - 1);
        }
        return q.matches("(?is)\\s*SELECT\\b[^;]*")
                && !q.matches("(?is).*\\b(INSERT|UPDATE|DELETE|MERGE|INTO|EXEC|EXECUTE|DROP|ALTER|CREATE|GRANT|DENY|REVOKE|TRUNCATE"
                        + "|BACKUP|RESTORE|SHUTDOWN|DBCC|KILL|RECONFIGURE|OPENROWSET|OPENQUERY|OPENDATASOURCE|xp_\\w*|sp_\\w*)\\b.*");
    }

    private static List<PowerShellGrammar.Source> specSources() {
        return SpecList.builtIn().specs().stream().map(s -> new PowerShellGrammar.Source(s.name(), s.command())).toList();
    }

    private static PowerShellCommands script() throws Exception {
        String text = Files.readString(SCRIPT);
        return new PowerShellCommands(text, grammar.parse("Collect-MabsFacts.ps1", text).tree());
    }
}
