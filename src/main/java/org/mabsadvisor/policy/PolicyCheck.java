package org.mabsadvisor.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values of a policy, checked after it is bound: a version that is no version, a percentage
 * outside 0 to 100, a negative count or duration, thresholds in the wrong order, an unknown unit.
 * Each would otherwise silently change what the rules report ("not.a.version" made every agent
 * look up to date). Every problem is located in the file that set the value: file:line:column.
 */
final class PolicyCheck {

    /** As the facts schema accepts versions: up to four numbers. */
    private static final Pattern VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,3}");
    private static final List<String> MONTHLY_UNITS = List.of("months", "weeks");

    /** Where each setting was last given: the override, else the defaults. */
    private final Map<String, String> where = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private PolicyCheck() {
    }

    /** The problems of the policy, each "file:line:column: setting: why"; empty when it is sound. */
    static List<String> problems(Policy p, Path defaults, byte[] defaultBytes, Path override, byte[] overrideBytes) {
        PolicyCheck check = new PolicyCheck();
        check.locate(defaults, defaultBytes);
        if (override != null) {
            check.locate(override, overrideBytes);
        }
        check.version("minimumMarsAgentVersion", p.minimumMarsAgentVersion());
        check.version("minimumAgentVersionForSecurityFeatures", p.minimumAgentVersionForSecurityFeatures());
        check.version("mabsV2FirstVersion", p.mabsV2FirstVersion());
        check.version("minimumMarsVersionForVaultCredentials", p.minimumMarsVersionForVaultCredentials());
        check.version("minimumMarsVersionForServiceMatch", p.minimumMarsVersionForServiceMatch());
        check.version("minimumMarsVersionForOfflineSeeding", p.minimumMarsVersionForOfflineSeeding());
        check.atLeast("minimumDotNetFramework4Release", p.minimumDotNetFramework4Release(), 1);
        check.atLeast("cloudConnectionMaxDaysUnconfirmed", p.cloudConnectionMaxDaysUnconfirmed(), 0);
        check.percent("scratchFreePercentSerious", p.scratchFreePercentSerious());
        check.percent("scratchFreePercentWarning", p.scratchFreePercentWarning());
        check.percent("storagePoolFreePercentMinimum", p.storagePoolFreePercentMinimum());
        if (p.scratchFreePercentSerious() > p.scratchFreePercentWarning()) {
            check.problem("scratchFreePercentSerious", "is " + number(p.scratchFreePercentSerious())
                    + ", above scratchFreePercentWarning (" + number(p.scratchFreePercentWarning())
                    + "): the serious threshold is the lower free space, at most the warning one");
        }
        check.percent("scratchFreeShareOfOnlineDataSerious", p.scratchFreeShareOfOnlineDataSerious());
        check.percent("scratchFreeShareOfOnlineDataWarning", p.scratchFreeShareOfOnlineDataWarning());
        if (p.scratchFreeShareOfOnlineDataSerious() > p.scratchFreeShareOfOnlineDataWarning()) {
            check.problem("scratchFreeShareOfOnlineDataSerious", "is " + number(p.scratchFreeShareOfOnlineDataSerious())
                    + ", above scratchFreeShareOfOnlineDataWarning (" + number(p.scratchFreeShareOfOnlineDataWarning())
                    + "): the serious threshold is the lower free space, at most the warning one");
        }
        check.percent("shadowStorageUsedPercentMaximum", p.shadowStorageUsedPercentMaximum());
        check.atLeast("windowsTempMaxFiles", p.windowsTempMaxFiles(), 1);
        check.atLeast("maxClockSkewSeconds", p.maxClockSkewSeconds(), 0);
        check.atLeast("minimumMabsUpdateForSecurityFeatures", p.minimumMabsUpdateForSecurityFeatures(), 0);
        check.atLeast("largeBareMetalRecoveryBytes", p.largeBareMetalRecoveryBytes(), 1);
        check.atLeast("trendWarningDays", p.trendWarningDays(), 1);
        check.atLeast("trendWindowDays", p.trendWindowDays(), 2);
        check.atLeast("maxParallelOnlineBackups", p.maxParallelOnlineBackups(), 1);
        check.atLeast("minimumPowerShellMajorVersion", p.minimumPowerShellMajorVersion(), 1);
        check.atLeast("backupScheduleOverlapMinutes", p.backupScheduleOverlapMinutes(), 0);
        check.atLeast("recoveryPointScheduleSlackHours", p.recoveryPointScheduleSlackHours(), 0);
        Policy.RetentionMinimum r = p.retentionMinimum();
        if (r == null) {
            check.problem("retentionMinimum", "is missing");
        } else {
            check.atLeast("retentionMinimum.dailyDays", r.dailyDays(), 0);
            check.atLeast("retentionMinimum.weeklyWeeks", r.weeklyWeeks(), 0);
            check.atLeast("retentionMinimum.monthly", r.monthly(), 0);
            check.atLeast("retentionMinimum.yearlyYears", r.yearlyYears(), 0);
            if (!MONTHLY_UNITS.contains(r.monthlyUnit())) {
                check.problem("retentionMinimum.monthlyUnit", "is \"" + r.monthlyUnit() + "\"; the units are " + String.join(" and ", MONTHLY_UNITS));
            }
        }
        for (int i = 0; i < p.interferingBackupProcesses().size(); i++) {
            String process = p.interferingBackupProcesses().get(i);
            if (process == null || process.isBlank()) {
                check.problem("interferingBackupProcesses", "item " + (i + 1) + " is empty: a process name is expected, like cvd.exe");
            }
        }
        for (int i = 0; i < p.azureTlsRootThumbprints().size(); i++) {
            String thumbprint = p.azureTlsRootThumbprints().get(i);
            if (thumbprint == null || !thumbprint.strip().matches("[0-9A-Fa-f]{40}")) {
                check.problem("azureTlsRootThumbprints", "item " + (i + 1) + " is \"" + thumbprint
                        + "\": a SHA-1 thumbprint of 40 hexadecimal digits is expected, like df3c24f9bfd666761b268073fe06d1cc8d4f82a4");
            }
        }
        for (int i = 0; i < p.azureEndpoints().size(); i++) {
            String endpoint = p.azureEndpoints().get(i);
            if (endpoint == null || !endpoint.strip().matches("(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
                check.problem("azureEndpoints", "item " + (i + 1) + " is \"" + endpoint
                        + "\": a host name or a wildcard is expected, like www.msftncsi.com or *.windows.net");
            }
        }
        check.mabsReleases(p);
        check.version("minimumMarsVersionForVmwareItemRecovery", p.minimumMarsVersionForVmwareItemRecovery());
        check.version("minimumMarsVersionForV3Ur2Hotfix", p.minimumMarsVersionForV3Ur2Hotfix());
        check.atLeast("minimumProcessorCores", p.minimumProcessorCores(), 1);
        check.atLeast("minimumMemoryBytes", p.minimumMemoryBytes(), 1);
        return check.problems;
    }

    /** Each release has a name, a first version and release names; each build a name and version; a recalled build is a version. */
    private void mabsReleases(Policy p) {
        for (int i = 0; i < p.mabsReleases().size(); i++) {
            Policy.MabsRelease r = p.mabsReleases().get(i);
            if (r == null || r.name() == null || r.name().isBlank()) {
                problem("mabsReleases", "item " + (i + 1) + " has no name: a release name is expected, like v4");
                continue;
            }
            version("mabsReleases", r.firstVersion());
            for (String sql : r.sqlServers()) {
                if (sql == null || !sql.strip().matches("\\d{4}( SP\\d+)?")) {
                    problem("mabsReleases", "release " + r.name() + " lists SQL Server \"" + sql + "\": a year with an optional service pack is expected, like 2014 SP1");
                }
            }
            for (String windows : r.windowsServers()) {
                if (windows == null || !windows.strip().matches("\\d{4}( R2)?")) {
                    problem("mabsReleases", "release " + r.name() + " lists Windows Server \"" + windows + "\": a year is expected, like 2022");
                }
            }
        }
        for (Policy.MabsBuild b : p.mabsBuilds()) {
            if (b == null || b.name() == null || b.name().isBlank()) {
                problem("mabsBuilds", "has an item without a name: an update name is expected, like v4 UR1");
            } else {
                version("mabsBuilds", b.version());
            }
        }
        for (String build : p.recalledMabsBuilds()) {
            version("recalledMabsBuilds", build);
        }
    }

    private void version(String key, String value) {
        if (value == null || !VERSION.matcher(value).matches()) {
            problem(key, (value == null ? "is missing" : "is \"" + value + "\"") + ": a version of up to four numbers is expected, like 2.0.9250.0");
        }
    }

    private void percent(String key, double value) {
        if (!Double.isFinite(value) || value < 0 || value > 100) {
            problem(key, "is " + number(value) + ": a percentage from 0 to 100 is expected");
        }
    }

    private void atLeast(String key, double value, long minimum) {
        if (!Double.isFinite(value) || value < minimum) {
            problem(key, "is " + number(value) + ": it must be at least " + minimum);
        }
    }

    private void problem(String key, String why) {
        String at = where.getOrDefault(key, where.getOrDefault(key.contains(".") ? key.substring(0, key.indexOf('.')) : key, ""));
        problems.add((at.isEmpty() ? "" : at + ": ") + key + " " + why);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** Records file:line:column of each key the file sets, top-level and one level down (retentionMinimum.dailyDays). */
    private void locate(Path file, byte[] bytes) {
        if (bytes == null) {
            return;
        }
        try (JsonParser p = new YAMLFactory().createParser(bytes)) {
            List<String> path = new ArrayList<>();
            String pending = null;
            int depth = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (pending != null && t != JsonToken.FIELD_NAME) {
                    // The value's own place: where the reader has to look to fix it.
                    JsonLocation at = p.currentTokenLocation();
                    where.put(pending, file + ":" + at.getLineNr() + ":" + at.getColumnNr());
                    pending = null;
                }
                switch (t) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        if (!path.isEmpty() && path.size() > depth) {
                            path.remove(path.size() - 1);
                        }
                    }
                    case FIELD_NAME -> {
                        while (path.size() >= depth) {
                            path.remove(path.size() - 1);
                        }
                        path.add(p.currentName());
                        if (depth <= 2) {
                            pending = String.join(".", path);
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The file parsed once already; without locations the problems still name the file's settings.
        }
    }
}
