package org.mabsadvisor.engine;

import java.nio.file.Path;

/** Where the compiled rules of one folder came from at this run. */
public record CompiledFrom(Path folder, Origin origin) {

    /** How a folder's rules were made ready. */
    public enum Origin {
        /** Compiled when the tool was built, shipped in it (the built-in folder, unedited). */
        SHIPPED,
        /** Compiled by an earlier run, read from the cache. */
        CACHED,
        /** Compiled at this run into executable-model classes (and cached when a cache is used). */
        COMPILED,
        /** Compiled at this run from DRL the classic way, with every folder: the executable model could not be made. */
        DRL
    }
}
