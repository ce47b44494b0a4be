package org.mabsadvisor.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The Microsoft documents a rule's section anchor belongs to, by the short names of the catalogue's
 * source table. A section anchor means nothing without its document: "invalid-vault-credentials-provided"
 * is a heading of both the MABS and the MARS article, and a finding must link to the one its rule restates.
 */
public enum SourceDocument {
    MABS_TS("MABS-TS", "azure/backup/backup-azure-mabs-troubleshoot"),
    MARS_TS("MARS-TS", "azure/backup/backup-azure-mars-troubleshoot"),
    TLS("TLS", "azure/backup/transport-layer-security"),
    FAQ("FAQ", "azure/backup/backup-azure-file-folder-backup-faq"),
    INSTALL("INSTALL", "azure/backup/backup-azure-microsoft-azure-backup"),
    RN("RN", "azure/backup/backup-mabs-release-notes-v3"),
    NEW("NEW", "azure/backup/backup-mabs-whats-new-mabs"),
    // The two support articles live in SupportArticles-docs: support/X is published as troubleshoot/X.
    SCHED_KB("SCHED-KB", "troubleshoot/system-center/dpm/troubleshoot-scheduled-backup-job-failures"),
    KB4096064("KB4096064", "troubleshoot/azure/site-recovery/backup/backup-service-mars-agent-versions-not-match");

    /** What a rule without {@code @source} restates: the built-in rules were first written from the MABS article. */
    public static final SourceDocument DEFAULT = MABS_TS;

    private final String shortName;
    private final String path;

    SourceDocument(String shortName, String path) {
        this.shortName = shortName;
        this.path = path;
    }

    public String shortName() {
        return shortName;
    }

    /** The document by its short name, exactly as the catalogue writes it; null when there is none. */
    public static SourceDocument of(String shortName) {
        return Arrays.stream(values()).filter(s -> s.shortName.equals(shortName)).findFirst().orElse(null);
    }

    /** Every short name, in the catalogue's order, for messages. */
    public static List<String> shortNames() {
        return Arrays.stream(values()).map(SourceDocument::shortName).toList();
    }

    /** The document's base address in the edition of a language, ending in {@code #} for a section anchor. */
    public String base(String language) {
        return "https://learn.microsoft.com/" + (language.equals("en") ? "en-us" : language + "-" + language) + "/" + path + "#";
    }

    /** The link to one section of the document, in the edition of a language. */
    public String link(String section, String language) {
        return base(language) + section;
    }
}
