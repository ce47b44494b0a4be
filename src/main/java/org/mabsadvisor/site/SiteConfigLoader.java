package org.mabsadvisor.site;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mabsadvisor.engine.RuleInfo;
import org.mabsadvisor.engine.Severity;
import org.mabsadvisor.input.InputFiles;

/**
 * Reads a site configuration file:
 *
 * <pre>
 * disable: [BASIC-06]          # rules that must not run here
 * severity: {BASIC-04.b: low}  # new severities
 * replace: [BASIC-01]          # built-in rules that a site rule with the same id replaces
 * </pre>
 *
 * Read token by token rather than bound to a type, so that every problem names its line and column.
 */
public final class SiteConfigLoader {

    private static final String KEYS = "disable, severity, replace";
    private static final String ID = RuleInfo.ID_SYNTAX;

    private final YAMLFactory yaml = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** Reads and checks the file; the rule ids are checked against the rules later, when they are loaded. */
    public SiteConfig load(Path file) throws InvalidSiteConfigException {
        Reading reading = new Reading(file.toString());
        byte[] bytes;
        try {
            bytes = InputFiles.utf8(InputFiles.read(file, InputFiles.MAX_SMALL_FILE_BYTES));
        } catch (IOException e) {
            throw new InvalidSiteConfigException(List.of(file + ": " + InputFiles.reason(e)));
        }
        try (JsonParser p = yaml.createParser(bytes)) {
            reading.document(p);
        } catch (JsonProcessingException e) {
            reading.problem(e.getLocation(), oneLine(InputFiles.plain(e.getOriginalMessage())));
        } catch (IOException e) {
            reading.problem(null, InputFiles.reason(e));
        }
        reading.crossCheck();
        if (!reading.problems.isEmpty()) {
            throw new InvalidSiteConfigException(reading.problems);
        }
        return new SiteConfig(reading.disable, reading.severity, reading.replace);
    }

    /** The YAML parser's message without the excerpt it quotes, which the location already gives. */
    private static String oneLine(String message) {
        return String.join("; ", message.lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'") && !l.equals("^")).toList());
    }

    /** The state of reading one file: what it says so far and what is wrong with it. */
    private static final class Reading {
        private final String file;
        private final List<String> problems = new ArrayList<>();
        private final List<SiteConfig.Entry> disable = new ArrayList<>();
        private final List<SiteConfig.SeverityChange> severity = new ArrayList<>();
        private final List<SiteConfig.Entry> replace = new ArrayList<>();

        Reading(String file) {
            this.file = file;
        }

        void document(JsonParser p) throws IOException {
            JsonToken first = p.nextToken();
            if (first == null) {
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                problem(p.currentTokenLocation(), "a site configuration is a mapping with the keys " + KEYS);
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                switch (key) {
                    case "disable" -> ids(p, key, disable);
                    case "replace" -> ids(p, key, replace);
                    case "severity" -> severities(p);
                    default -> {
                        problem(at, "unknown key '" + key + "' (the keys are " + KEYS + ")");
                        p.skipChildren();
                    }
                }
            }
        }

        private void ids(JsonParser p, String key, List<SiteConfig.Entry> into) throws IOException {
            if (nothing(p)) {
                return;
            }
            if (p.currentToken() != JsonToken.START_ARRAY) {
                problem(p.currentTokenLocation(), key + ": a list of rule ids, such as [BASIC-06]");
                p.skipChildren();
                return;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation at = p.currentTokenLocation();
                if (p.currentToken() != JsonToken.VALUE_STRING || !p.getText().trim().matches(ID)) {
                    problem(at, key + ": '" + p.getText() + "' is not a rule id");
                    p.skipChildren();
                    continue;
                }
                String id = p.getText().trim();
                if (into.stream().anyMatch(e -> e.ruleId().equals(id))) {
                    problem(at, key + ": " + id + " is listed twice");
                    continue;
                }
                into.add(new SiteConfig.Entry(id, where(at)));
            }
        }

        private void severities(JsonParser p) throws IOException {
            if (nothing(p)) {
                return;
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                problem(p.currentTokenLocation(), "severity: a mapping of rule ids to severities, such as {BASIC-04.b: low}");
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName().trim();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                Severity level = p.currentToken() == JsonToken.VALUE_STRING ? Severity.parse(p.getText().trim()) : null;
                if (!id.matches(ID)) {
                    problem(at, "severity: '" + id + "' is not a rule id");
                } else if (level == null) {
                    problem(p.currentTokenLocation(), "severity of " + id + ": '" + p.getText()
                            + "' is not one of critical, high, medium, low, info");
                } else {
                    severity.add(new SiteConfig.SeverityChange(id, level, where(at)));
                }
                p.skipChildren();
            }
        }

        /** A rule cannot be both disabled and replaced, nor get a severity when it does not run. */
        void crossCheck() {
            Map<String, SiteConfig.Entry> disabled = new HashMap<>();
            disable.forEach(e -> disabled.put(e.ruleId(), e));
            for (SiteConfig.Entry e : replace) {
                if (disabled.containsKey(e.ruleId())) {
                    problems.add(e.origin() + ": replace: " + e.ruleId() + " is also disabled (" + disabled.get(e.ruleId()).origin()
                            + "); disable or replace it, not both");
                }
            }
            for (SiteConfig.SeverityChange s : severity) {
                if (disabled.containsKey(s.ruleId())) {
                    problems.add(s.origin() + ": severity: " + s.ruleId() + " is disabled (" + disabled.get(s.ruleId()).origin()
                            + "), so it has no severity to change");
                }
            }
        }

        /** A key written with no value, which YAML reads as null or as an empty string. */
        private static boolean nothing(JsonParser p) throws IOException {
            return p.currentToken() == JsonToken.VALUE_NULL || p.currentToken() == JsonToken.VALUE_STRING && p.getText().isBlank();
        }

        void problem(JsonLocation at, String message) {
            problems.add((at == null ? file : where(at)) + ": " + message);
        }

        private String where(JsonLocation at) {
            return file + ":" + at.getLineNr() + ":" + at.getColumnNr();
        }
    }
}
