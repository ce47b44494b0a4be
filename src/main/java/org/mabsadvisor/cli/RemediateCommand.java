package org.mabsadvisor.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mabsadvisor.engine.RuleProblem;
import org.mabsadvisor.findings.RuleText;
import org.mabsadvisor.findings.RuleTexts;
import org.mabsadvisor.input.InputFiles;
import org.mabsadvisor.remediation.Fix;
import org.mabsadvisor.remediation.RemediationPlan;
import org.mabsadvisor.remediation.ScriptWords;
import org.mabsadvisor.remediation.ScriptWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Turns the plans of a JSON report into a reviewed PowerShell remediation script for the MABS server. */
@Command(name = "remediate", mixinStandardHelpOptions = true,
        description = {"Write a Windows PowerShell 5.1 script that carries out the actions of a JSON report (analyze --format json), "
            + "root-cause plans first. Only the reviewed fixes of the rules run, each after checking that its problem still holds; "
            + "the other actions are printed as manual steps. The script changes nothing without -Apply, supports -WhatIf and "
            + "-Confirm, then collects the facts again."},
        footerHeading = "%nExamples:%n",
        footer = {"  mabs-advisor remediate report.json -o fix.ps1", "  mabs-advisor remediate report.json --lang fr -o fix.ps1",
            "  mabs-advisor remediate fleet.json --output-dir scripts    (one script per server with something to do)"})
final class RemediateCommand implements Callable<Integer> {

    /** A report is small; this bounds what a wrong file can cost. */
    private static final long MAX_REPORT_BYTES = 64L * 1024 * 1024;

    @Parameters(index = "0", paramLabel = "REPORT", description = "JSON report of one server, or of a fleet (with --output-dir).")
    Path report;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write one script per server into DIR (created if need be), named fix-HOST.ps1: the way to remediate a fleet report. "
                + "Servers without any finding get none.")
    Path outputDir;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the script to FILE (UTF-8 with a byte order mark, as Windows PowerShell 5.1 needs) instead of standard output.")
    Path output;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the script's comments and messages: en or fr (default: the report's).")
    String language;

    @Option(names = "--rules", paramLabel = "FOLDER", description = "Site rule folder whose fixes the report may use, as given to analyze.")
    List<Path> ruleFolders = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (language != null && !RuleTexts.LANGUAGES.contains(language)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be one of " + String.join(", ", RuleTexts.LANGUAGES));
        }
        if (output != null && outputDir != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --output (one script) or --output-dir (a script per server), not both");
        }
        RuleTexts texts = texts(ruleFolders, err);
        if (texts == null) {
            return ExitCodes.INVALID;
        }
        if (outputDir != null) {
            return fleet(texts, err);
        }
        JsonNode json;
        try {
            json = JsonMapper.builder().build().readTree(InputFiles.read(report, MAX_REPORT_BYTES));
        } catch (IOException e) {
            err.println("mabs-advisor: " + report + ": not a readable JSON report: " + InputFiles.plain(e.getMessage()));
            return ExitCodes.INVALID;
        }
        if (json != null && json.isObject() && json.path("hosts").isArray() && !json.has("findings")) {
            err.println("mabs-advisor: " + report + " is the report of a fleet: give --output-dir DIR for a script per server");
            return ExitCodes.INVALID;
        }
        if (json == null || !json.isObject() || !json.has("findings")) {
            err.println("mabs-advisor: " + report + ": not the JSON report of one server (analyze --format json)");
            return ExitCodes.INVALID;
        }
        String script = script(json, texts, language, report.getFileName().toString());
        if (output == null) {
            spec.commandLine().getOut().print(script);
            spec.commandLine().getOut().flush();
        } else {
            AtomicOutput.write(output, "\uFEFF" + script);
        }
        return ExitCodes.OK;
    }

    /**
     * A script per server of a report, one server's or a fleet's, read a host at a time so that a
     * fleet of any size is remediated in flat memory; each is written atomically into the folder.
     */
    private Integer fleet(RuleTexts texts, PrintWriter err) throws IOException {
        Files.createDirectories(outputDir);
        PrintWriter out = spec.commandLine().getOut();
        ServerScriptNames names = new ServerScriptNames();
        int written = 0;
        try (InputStream in = Files.newInputStream(report); JsonParser parser = JsonMapper.builder().build().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                err.println("mabs-advisor: " + report + ": not a JSON report (analyze --format json)");
                return ExitCodes.INVALID;
            }
            // The fields other than hosts make up the report when it is one server's, read in the same pass.
            ObjectNode single = JsonNodeFactory.instance.objectNode();
            boolean fleet = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("hosts") && value == JsonToken.START_ARRAY) {
                    fleet = true;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        written += one(parser.readValueAsTree(), texts, names, out);
                    }
                } else if (fleet) {
                    parser.skipChildren();
                } else {
                    single.set(field, parser.readValueAsTree());
                }
            }
            if (!fleet && single.has("findings")) {
                written += one(single, texts, names, out);
            }
        } catch (IOException e) {
            err.println("mabs-advisor: " + report + ": not a readable JSON report: " + InputFiles.plain(e.getMessage()));
            return ExitCodes.INVALID;
        }
        out.println(written + " script(s) written to " + outputDir);
        out.flush();
        return ExitCodes.OK;
    }

    /** Writes the script of one server's report, if it has anything to do; 1 when it wrote one. */
    private int one(JsonNode host, RuleTexts texts, ServerScriptNames names, PrintWriter out) throws IOException {
        if (host.path("findings").isEmpty() && host.path("causes").isEmpty()) {
            return 0;
        }
        String name = names.next(host.path("host").asText(""));
        Path file = outputDir.resolve(name);
        AtomicOutput.write(file, "\uFEFF" + script(host, texts, language, report.getFileName().toString()));
        out.println(host.path("host").asText("?") + " -> " + file);
        return 1;
    }

    /** The texts of the built-in rules and of {@code siteFolders}, whose fixes a report may use; null, with the problems printed, when they cannot be read. */
    static RuleTexts texts(List<Path> siteFolders, PrintWriter err) {
        List<Path> folders = new ArrayList<>();
        folders.add(AdvisorHome.builtInRules());
        folders.addAll(siteFolders);
        List<RuleProblem> problems = new ArrayList<>();
        RuleTexts texts = RuleTexts.read(folders, Set.of(), Set.of(), problems);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("mabs-advisor: " + p.file() + ":" + p.line() + ": " + p.message()));
            return null;
        }
        return texts;
    }

    /**
     * The script of a JSON report of one server ({@code reportName}: what its comments call the
     * report), with the fixes of the built-in rules and of {@code siteFolders}; null, with the
     * problems printed, when the rule texts cannot be read. Shared with analyze --remediation.
     */
    static String script(JsonNode report, List<Path> siteFolders, String language, String reportName, PrintWriter err) {
        RuleTexts texts = texts(siteFolders, err);
        return texts == null ? null : script(report, texts, language, reportName);
    }

    /** The script of a JSON report of one server, with the fixes these texts give. */
    static String script(JsonNode report, RuleTexts texts, String language, String reportName) {
        ScriptWords words = ScriptWords.of(language != null ? language : report.path("language").asText("en"));
        RemediationPlan plan = RemediationPlan.of(report, id -> fixesOf(texts, id), words);
        return new ScriptWriter(words).write(plan, reportName);
    }

    /** The fixes a rule's texts give, in every language it speaks. */
    static List<Fix> fixesOf(RuleTexts texts, String ruleId) {
        List<Fix> fixes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String lang : texts.languagesOf(ruleId)) {
            RuleText text = texts.of(ruleId, lang);
            if (text != null && seen.add(lang)) {
                text.actions().forEach(a -> fixes.addAll(a.fixes()));
            }
        }
        return fixes;
    }
}
