package org.mabsadvisor.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * The normalized form of the phrases that rules look for, remembered by one thread that runs
 * rules (a {@link Keeper}). The rules pass the same phrases for every event of every host, and
 * normalizing them again at each match was about a tenth of a fleet's analysis. Used by its own
 * thread only, hence no lock. Phrases built from facts (a server's name) are new for every host:
 * past {@value #MOST} phrases the memo starts again, so that it does not grow with the fleet.
 */
public final class PhraseMemo {
    static final int MOST = 1024;

    private final Map<String, String> normalized = new HashMap<>();

    /** A thread that runs rules with a memo of its own, which {@link Messages} uses on that thread. */
    public interface Keeper {
        PhraseMemo phraseMemo();
    }

    /** The phrase as {@link Messages#normalize} gives it. */
    String normalized(String phrase) {
        String n = normalized.get(phrase);
        if (n == null) {
            if (normalized.size() >= MOST) {
                normalized.clear();
            }
            n = Messages.normalizedPhrase(phrase);
            normalized.put(phrase, n);
        }
        return n;
    }

    int size() {
        return normalized.size();
    }
}
