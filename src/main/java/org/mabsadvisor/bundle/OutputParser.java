package org.mabsadvisor.bundle;

/** Reads the output of one spec (or of each spec of a family) into the draft of the facts. */
interface OutputParser {

    /** Reads the output; throws when it cannot be used, leaving the draft's pieces of this spec unset. */
    void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException;
}
