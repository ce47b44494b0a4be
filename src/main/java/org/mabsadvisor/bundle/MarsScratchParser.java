package org.mabsadvisor.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mabsadvisor.facts.ScratchAttribute;
import org.mabsadvisor.facts.ScratchLocation;

/**
 * mars-scratch: the scratch folder that ScratchLocation names, when it exists (nothing otherwise):
 * its path (ScratchLocation), whether it is a share (Share), its volume (Volume: DriveType,
 * OperationalStatus and whether it is deduplicated, from Get-Volume and Get-DedupVolume; absent for
 * a share), the attributes of the folder and of the files directly in it (Attributes) and whether
 * OnlineBackup.KEK is in it (KekPresent). A share is never deduplicated as a local volume.
 * Attribute, drive type and status names are .NET and Storage enumeration names, the same in every
 * language of Windows; Get-Volume may also give a drive type as its number.
 */
final class MarsScratchParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        if (output.text().isBlank()) {
            // ScratchLocation names no folder that exists: mars-config says so, nothing more is known.
            output.requireSuccess();
            draft.scratchFolder = null;
            return;
        }
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        String path = item.text("ScratchLocation");
        Boolean share = item.bool("Share");
        if (path == null || share == null) {
            throw item.at("ScratchLocation or Share is missing");
        }
        JsonNode volumeNode = item.get("Volume");
        PowerShellJson.Item volume = volumeNode instanceof ObjectNode o ? new PowerShellJson.Item(o, item.line()) : null;
        ScratchLocation location = share ? ScratchLocation.SHARE : volume == null ? null : location(volume.text("DriveType"));
        List<ScratchAttribute> attributes = new ArrayList<>();
        for (String name : item.texts("Attributes")) {
            ScratchAttribute a = attribute(name.strip());
            if (a != null && !attributes.contains(a)) {
                attributes.add(a);
            }
        }
        draft.scratchFolder = new FactsDraft.ScratchFolder(path, item.bool("KekPresent"), location,
                volume == null ? null : online(volume.text("OperationalStatus")), attributes,
                share ? Boolean.FALSE : volume == null ? null : volume.bool("Deduplicated"));
    }

    static ScratchLocation location(String driveType) {
        if (driveType == null) {
            return null;
        }
        return switch (driveType.strip().toLowerCase(Locale.ROOT)) {
            case "fixed", "3" -> ScratchLocation.LOCAL_FIXED;
            case "removable", "2" -> ScratchLocation.REMOVABLE;
            case "remote", "network", "4" -> ScratchLocation.SHARE;
            default -> ScratchLocation.OTHER;
        };
    }

    /** OK is online; the states of a volume that cannot be reached are not; anything else is unknown. */
    static Boolean online(String status) {
        if (status == null) {
            return null;
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "ok", "degraded" -> true;
            case "offline", "stopped", "no contact", "lost communication", "dormant", "error", "non-recoverable error" -> false;
            default -> null;
        };
    }

    private static ScratchAttribute attribute(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "encrypted" -> ScratchAttribute.ENCRYPTED;
            case "compressed" -> ScratchAttribute.COMPRESSED;
            case "sparsefile" -> ScratchAttribute.SPARSE_FILE;
            case "reparsepoint" -> ScratchAttribute.REPARSE_POINT;
            default -> null;
        };
    }
}
