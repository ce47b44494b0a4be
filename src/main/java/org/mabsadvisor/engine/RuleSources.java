package org.mabsadvisor.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to compile: the rule folders in order (the built-in one first), files of them to leave out,
 * what the site changes in the rules, and whether rules that do what rules should not (see
 * {@link RuleGuard}) are let through, as warnings, instead of refused.
 */
public record RuleSources(List<Path> folders, Set<Path> leftOut, RuleOverrides overrides, boolean unsafeAllowed) {

    public RuleSources {
        folders = List.copyOf(folders);
        leftOut = Set.copyOf(leftOut);
    }

    /** Every file of the folders, no change, unsafe rules refused. */
    public static RuleSources of(List<Path> folders) {
        return new RuleSources(folders, Set.of(), RuleOverrides.NONE, false);
    }
}
