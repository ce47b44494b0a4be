package org.mabsadvisor.bundle;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * product-versions: the program files of the MARS agent (service obengine, cbengine.exe) and of
 * MABS (service MSDPM, msdpm.exe), with their file versions; each product's folder is the one
 * above the program's bin folder.
 */
final class ProductVersionsParser implements OutputParser {
    private static final Pattern VERSION = Pattern.compile("^\\s*(\\d{1,9}(?:\\.\\d{1,9}){0,3})\\b");
    private static final Pattern EXE = Pattern.compile("^\\s*\"?([^\"]+?\\.exe)", Pattern.CASE_INSENSITIVE);

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        FactsDraft.ProgramFile mars = null;
        FactsDraft.ProgramFile mabs = null;
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String service = item.text("Name");
            if (service == null) {
                throw item.at("Name is missing");
            }
            FactsDraft.ProgramFile file = new FactsDraft.ProgramFile(version(item.text("FileVersion")), productFolder(item.text("PathName")));
            switch (service.toLowerCase(Locale.ROOT)) {
                case "obengine" -> mars = file;
                case "msdpm" -> mabs = file;
                default -> throw item.at("unexpected service " + service);
            }
        }
        draft.marsAgentFile = mars;
        draft.mabsFile = mabs;
    }

    /** The leading dotted numbers of a file version such as "14.0.30.0 (built by: ...)", or null. */
    static String version(String fileVersion) {
        if (fileVersion == null) {
            return null;
        }
        Matcher m = VERSION.matcher(fileVersion);
        return m.find() ? m.group(1) : null;
    }

    /** The product folder of a service command line: the folder above the program's bin folder, or the program's folder. */
    static String productFolder(String pathName) {
        if (pathName == null) {
            return null;
        }
        Matcher m = EXE.matcher(pathName);
        if (!m.find()) {
            return null;
        }
        String exe = m.group(1).strip();
        int slash = exe.lastIndexOf('\\');
        if (slash <= 0) {
            return null;
        }
        String folder = exe.substring(0, slash);
        if (folder.toLowerCase(Locale.ROOT).endsWith("\\bin")) {
            folder = folder.substring(0, folder.length() - 4);
        }
        return folder;
    }
}
