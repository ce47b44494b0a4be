package org.mabsadvisor.report;

import java.util.List;

/** A site rule file left out of this analysis (--skip-broken-rules), with its problems as file:line:column: message. */
public record SkippedFile(String file, List<String> problems) {

    public SkippedFile {
        problems = List.copyOf(problems);
    }
}
