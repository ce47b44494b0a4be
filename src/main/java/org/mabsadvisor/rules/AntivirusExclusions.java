package org.mabsadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether the exclusion lists of an antivirus cover the folders, drives and processes MABS needs
 * excluded from real-time scanning, compared the way Windows compares paths: case does not matter,
 * a trailing backslash (or {@code \*}) does not matter, a folder exclusion covers its subfolders,
 * "F:" and "F:\" cover the whole drive, and %ProgramFiles%, %SystemRoot%, %windir% and
 * %SystemDrive% stand for their default values on drive C:. A process is covered by its full path
 * or, as Microsoft Defender also accepts, by its bare file name.
 *
 * <pre>{@code AntivirusProduct( AntivirusExclusions.lacksProcess(excludedProcesses, $dpmra) )}</pre>
 *
 * An exclusion list that is null was not collected: the {@code lacks}/{@code missing} functions
 * then answer false/empty, so that no rule reports a missing exclusion it could not see.
 */
public final class AntivirusExclusions {
    private AntivirusExclusions() {
    }

    /** Two backslashes or more, made one (compiled once: rules normalize paths for every exclusion they compare). */
    private static final Pattern REPEATED_BACKSLASHES = Pattern.compile("\\\\{2,}");

    /** The default values of the environment variables administrators write in exclusions. */
    private static final String[][] VARIABLES = {
        {"%programfiles%", "c:\\program files"},
        {"%systemroot%", "c:\\windows"},
        {"%windir%", "c:\\windows"},
        {"%systemdrive%", "c:"},
    };

    /** True when the excluded paths are known and one of them covers {@code path} (a folder or a drive). */
    public static boolean coversPath(List<String> excludedPaths, String path) {
        String target = normalize(path);
        if (excludedPaths == null || target == null) {
            return false;
        }
        for (String exclusion : excludedPaths) {
            String e = normalize(exclusion);
            if (e != null && (target.equals(e) || target.startsWith(e + "\\"))) {
                return true;
            }
        }
        return false;
    }

    /** True only when the excluded paths are known, {@code path} is known, and no exclusion covers it. */
    public static boolean lacksPath(List<String> excludedPaths, String path) {
        return excludedPaths != null && normalize(path) != null && !coversPath(excludedPaths, path);
    }

    /** The known paths among {@code paths} that no exclusion covers, as given; empty when the exclusions are unknown. */
    public static List<String> missingPaths(List<String> excludedPaths, String... paths) {
        List<String> missing = new ArrayList<>();
        for (String path : paths) {
            if (lacksPath(excludedPaths, path)) {
                missing.add(path);
            }
        }
        return missing;
    }

    /** True when the excluded processes are known and one of them is {@code executable}, by full path or bare file name. */
    public static boolean coversProcess(List<String> excludedProcesses, String executable) {
        String target = normalize(executable);
        if (excludedProcesses == null || target == null) {
            return false;
        }
        String fileName = target.substring(target.lastIndexOf('\\') + 1);
        for (String exclusion : excludedProcesses) {
            String e = normalize(exclusion);
            if (e == null) {
                continue;
            }
            boolean bareName = e.indexOf('\\') < 0 && e.indexOf(':') < 0;
            boolean folderWildcard = exclusion.trim().endsWith("*") && target.startsWith(e + "\\");
            if (target.equals(e) || (bareName && fileName.equals(e)) || folderWildcard) {
                return true;
            }
        }
        return false;
    }

    /** True only when the excluded processes are known, {@code executable} is known, and no exclusion covers it. */
    public static boolean lacksProcess(List<String> excludedProcesses, String executable) {
        return excludedProcesses != null && normalize(executable) != null && !coversProcess(excludedProcesses, executable);
    }

    /** The known executables among {@code executables} that no process exclusion covers, as given; empty when unknown. */
    public static List<String> missingProcesses(List<String> excludedProcesses, String... executables) {
        List<String> missing = new ArrayList<>();
        for (String executable : executables) {
            if (lacksProcess(excludedProcesses, executable)) {
                missing.add(executable);
            }
        }
        return missing;
    }

    /** {@code folder\name}, without a doubled backslash; null when the folder is unknown. */
    public static String subfolder(String folder, String name) {
        if (folder == null || folder.isBlank()) {
            return null;
        }
        String base = folder.trim();
        while (base.endsWith("\\") || base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "\\" + name;
    }

    /** True when both paths are known and name the same folder or file (case, trailing backslash and variables ignored). */
    public static boolean samePath(String a, String b) {
        String x = normalize(a);
        return x != null && x.equals(normalize(b));
    }

    /** True only when both are known and the scratch folder is not the default {@code <MARS install folder>\Scratch}. */
    public static boolean isNonDefaultScratch(String marsInstallFolder, String scratchFolder) {
        return normalize(marsInstallFolder) != null && normalize(scratchFolder) != null
                && !samePath(scratchFolder, subfolder(marsInstallFolder, "Scratch"));
    }

    /**
     * True when the text (an event message) names a file or folder under {@code folder} (a folder or
     * a drive such as "F:" or "F:\"): the folder followed by a backslash, not glued to a preceding
     * letter or digit (so "F:\" is not found inside "XF:\").
     */
    public static boolean namesFileUnder(String text, String folder) {
        String f = normalize(folder);
        if (text == null || f == null) {
            return false;
        }
        String haystack = text.replace('/', '\\').toLowerCase(Locale.ROOT);
        String needle = f + "\\";
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when the text names a file inside a DPM replica folder ({@code ...\DPM\Volumes\Replica\...}). */
    public static boolean namesReplicaFile(String text) {
        return text != null && text.replace('/', '\\').toLowerCase(Locale.ROOT).contains("\\volumes\\replica\\");
    }

    /**
     * A path in comparable form: trimmed, unquoted, lower case, forward slashes as backslashes,
     * variables expanded, repeated backslashes single (a UNC prefix kept), no trailing backslash or
     * {@code \*}; null when blank.
     */
    static String normalize(String path) {
        if (path == null) {
            return null;
        }
        String p = path.trim();
        if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) {
            p = p.substring(1, p.length() - 1).trim();
        }
        p = p.replace('/', '\\').toLowerCase(Locale.ROOT);
        for (String[] v : VARIABLES) {
            if (p.startsWith(v[0])) {
                p = v[1] + p.substring(v[0].length());
            }
        }
        boolean unc = p.startsWith("\\\\");
        if (p.contains("\\\\")) {
            p = REPEATED_BACKSLASHES.matcher(p).replaceAll("\\\\");
        }
        if (unc) {
            p = "\\" + p;
        }
        if (p.endsWith("\\*.*")) {
            p = p.substring(0, p.length() - 4);
        } else if (p.endsWith("\\*")) {
            p = p.substring(0, p.length() - 2);
        }
        while (p.endsWith("\\")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? null : p;
    }

    /**
     * True when a real-time scanner of the MABS server misses one of the exclusions that keep it out
     * of MABS's own work: the XSD and Temp folders of the install folder, or dpmra.exe.
     * Unknown exclusion lists or an unknown install folder give false.
     */
    public static boolean missesMabsCoreExclusions(List<String> excludedPaths, List<String> excludedProcesses, String installFolder) {
        if (installFolder == null || excludedPaths == null || excludedProcesses == null) {
            return false;
        }
        return !missingPaths(excludedPaths, subfolder(installFolder, "XSD"), subfolder(installFolder, "Temp")).isEmpty()
                || lacksProcess(excludedProcesses, subfolder(installFolder, "bin\\dpmra.exe"));
    }
}
