package org.mabsadvisor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.UUID;

/**
 * What compiled rule classes depend on besides the rule files: the build of the tool (its fact
 * classes and helpers) and the Drools version. Compiled rules from another stamp are never reused.
 */
public record CompilerStamp(String toolVersion, String toolBuild, String droolsVersion) {

    /** The stamp of the running tool, as Maven wrote it; a unique one when it is missing, so nothing is reused. */
    public static CompilerStamp current() {
        Properties p = new Properties();
        try (InputStream in = CompilerStamp.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            p.clear();
        }
        String build = p.getProperty("tool.build", "");
        if (build.isBlank() || build.startsWith("$")) {
            build = "unstamped-" + UUID.randomUUID();
        }
        return new CompilerStamp(p.getProperty("tool.version", "unknown"), build, p.getProperty("drools.version", "unknown"));
    }

    @Override
    public String toString() {
        return toolVersion + " (" + toolBuild + "), Drools " + droolsVersion;
    }
}
