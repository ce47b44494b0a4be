package org.mabsadvisor.engine;

import java.util.List;

/**
 * What the advisor knows of one compiled rule: its metadata, where it is written, and the fact
 * types its conditions read (derived from the compiled patterns, not declared by the author).
 */
public record RuleInfo(
        String id,
        RuleKind kind,
        String name,
        Severity severity,
        String section,
        Trigger trigger,
        String reference,
        String file,
        int line,
        List<Class<?>> reads) {

    public RuleInfo {
        reads = List.copyOf(reads);
    }

    public boolean isCause() {
        return kind == RuleKind.CAUSE;
    }

    /** The catalogue row this rule covers: its id without a {@code .suffix}. */
    public String rowId() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    RuleInfo withReads(List<Class<?>> types) {
        return new RuleInfo(id, kind, name, severity, section, trigger, reference, file, line, types);
    }
}
