package org.mabsadvisor.engine;

import java.util.List;
import java.util.Map;

/**
 * What the advisor knows of one compiled rule: its metadata, where it is written, the fact types
 * its conditions read (derived from the compiled patterns, not declared by the author), the
 * document its section belongs to ({@code @source}, a short name of {@link SourceDocument}), the
 * languages its texts are declared in ({@code @languages}; empty when it speaks every language),
 * and the single facts it needs within a collected section ({@code @needs}, such as one registry
 * value): without them it is "not checked" although its section was collected. {@code row} is the
 * catalogue row it covers ({@code @row}; null: its own id). {@code of} names the rule whose condition
 * it reports too ({@code @of}): its other side (the error that confirms a state, the state behind an
 * error), another level of it, or a finer form of the same error; the firings of a rule and of the
 * rules {@code of} it make one finding, under its id. Without {@code @of} a rule is a finding of its
 * own, whatever its id looks like. {@code declarations}
 * are the names the compiled rule binds ({@code $svc}, {@code $error}) with their types: what its
 * texts may name in placeholders (empty until the rule is compiled).
 */
public record RuleInfo(
        String id,
        RuleKind kind,
        String name,
        Severity severity,
        String section,
        String source,
        Trigger trigger,
        String reference,
        String file,
        int line,
        List<Class<?>> reads,
        List<String> languages,
        List<String> needs,
        String row,
        String of,
        Map<String, Class<?>> declarations) {

    /** What a rule id looks like: letters, digits, - or _, with an optional .suffix (BASIC-04.b). */
    public static final String ID_SYNTAX = "[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)?";

    public RuleInfo {
        reads = List.copyOf(reads);
        languages = List.copyOf(languages);
        needs = List.copyOf(needs);
        declarations = Map.copyOf(declarations);
    }

    /** The prefix of a {@code @needs} entry that names a registry value: {@code registry:KEY|NAME} (empty NAME: the key itself). */
    public static final String NEEDS_REGISTRY = "registry:";

    /**
     * The prefix of a {@code @needs} entry that names a field of the facts of a section,
     * {@code fact:SECTION|FIELD} ({@code fact:protectionGroups|diskSchedules}): every fact there must
     * have it, or the rule is not checked.
     */
    public static final String NEEDS_FACT = "fact:";

    /** The document of its section; the default for a rule that names none. */
    public SourceDocument sourceDocument() {
        SourceDocument d = source == null ? null : SourceDocument.of(source);
        return d == null ? SourceDocument.DEFAULT : d;
    }

    public boolean isCause() {
        return kind == RuleKind.CAUSE;
    }

    /** The catalogue row this rule covers: its {@code @row}, or its own id. */
    public String rowId() {
        return row != null ? row : id;
    }

    /** The finding this rule's firings belong to: that of the rule it is {@code @of}, or its own. */
    public String findingId() {
        return of != null ? of : id;
    }

    /** True when this rule covers the catalogue row {@code row}. */
    public boolean covers(String row) {
        return rowId().equals(row);
    }

    RuleInfo withCompiled(List<Class<?>> types, Map<String, Class<?>> bound) {
        return toBuilder().reads(types).declarations(bound).build();
    }

    RuleInfo withSeverity(Severity changed) {
        return toBuilder().severity(changed).build();
    }

    /** A rule's description built by name; the types it reads, its languages, needs and bindings are empty unless given. */
    public static Builder builder() {
        return new Builder();
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.name = name;
        b.severity = severity;
        b.section = section;
        b.source = source;
        b.trigger = trigger;
        b.reference = reference;
        b.file = file;
        b.line = line;
        b.reads = reads;
        b.languages = languages;
        b.needs = needs;
        b.row = row;
        b.of = of;
        b.declarations = declarations;
        return b;
    }

    /** Builds a rule's description by the names of its parts, since it has too many to read them by position. */
    public static final class Builder {
        private String id;
        private RuleKind kind;
        private String name;
        private Severity severity;
        private String section;
        private String source;
        private Trigger trigger;
        private String reference;
        private String file;
        private int line;
        private List<Class<?>> reads = List.of();
        private List<String> languages = List.of();
        private List<String> needs = List.of();
        private String row;
        private String of;
        private Map<String, Class<?>> declarations = Map.of();

        private Builder() {
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder kind(RuleKind value) {
            this.kind = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Builder section(String value) {
            this.section = value;
            return this;
        }

        public Builder source(String value) {
            this.source = value;
            return this;
        }

        public Builder trigger(Trigger value) {
            this.trigger = value;
            return this;
        }

        public Builder reference(String value) {
            this.reference = value;
            return this;
        }

        public Builder file(String value) {
            this.file = value;
            return this;
        }

        public Builder line(int value) {
            this.line = value;
            return this;
        }

        public Builder reads(List<Class<?>> value) {
            this.reads = value;
            return this;
        }

        public Builder languages(List<String> value) {
            this.languages = value;
            return this;
        }

        public Builder needs(List<String> value) {
            this.needs = value;
            return this;
        }

        public Builder row(String value) {
            this.row = value;
            return this;
        }

        public Builder of(String value) {
            this.of = value;
            return this;
        }

        public Builder declarations(Map<String, Class<?>> value) {
            this.declarations = value;
            return this;
        }

        public RuleInfo build() {
            return new RuleInfo(id, kind, name, severity, section, source, trigger, reference, file, line, reads, languages, needs, row, of, declarations);
        }
    }
}
