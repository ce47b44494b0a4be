package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.Event;
import org.mabsadvisor.facts.RegistryValue;
import org.mabsadvisor.facts.ScratchAttribute;
import org.mabsadvisor.facts.ScratchLocation;
import org.mabsadvisor.facts.ShadowStorage;

/** The parsers of the MARS scratch folder, shadow copy storage and skipped-file specs, on English and French outputs. */
class MarsCacheParsersTest {

    @Test
    void shadowStorageIsReadByItsShapeInEnglishAndFrench() throws Exception {
        List<ShadowStorage> en = Outputs.parse(Outputs.fixture("shadow-storage", "shadow-storage.txt")).shadowStorage;
        assertEquals(3, en.size(), en.toString());
        assertEquals(new ShadowStorage(null, "C:\\", "C:\\", 2147483648L, 2684354560L, 13636521164L, false), en.get(0));
        assertTrue(en.get(1).usedAtLeastPercent(90), en.get(1).toString());
        ShadowStorage unbounded = en.get(2);
        assertEquals("\\\\?\\Volume{4c1d6a2e-0000-0000-0000-400000000000}\\", unbounded.volume(), "a volume without a letter keeps its GUID path");
        assertNull(unbounded.maximumBytes());
        assertEquals(Boolean.TRUE, unbounded.unbounded());
        assertEquals(-1, unbounded.usedPercent());
        // A French Windows: other labels, a decimal comma.
        List<ShadowStorage> fr = Outputs.parse(Outputs.fixture("shadow-storage", "shadow-storage-fr.txt")).shadowStorage;
        assertEquals(List.of(new ShadowStorage(null, "C:\\", "C:\\", 1342177280L, 1610612736L, 13636521164L, false)), fr);
    }

    @Test
    void noAssociationIsAnEmptyListWhateverTheExitCode() throws Exception {
        assertEquals(List.of(), Outputs.parse(Outputs.fixture("shadow-storage", "shadow-storage-none.txt")).shadowStorage);
        Spec spec = SpecList.builtIn().find("shadow-storage").orElseThrow();
        SpecOutput french = new SpecOutput(spec, new SpecRun("shadow-storage", null, "shadow-storage.txt", 1, 10L, null, null),
                "shadow-storage.txt", Outputs.read("shadow-storage-none-fr.txt"));
        assertEquals(List.of(), Outputs.parse(french).shadowStorage);
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("shadow-storage", "Error: Access is denied.\r\n")),
                "an error is not an empty list");
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.text("shadow-storage",
                "   For volume: (C:)\\\\?\\Volume{4c1d6a2e-0000-0000-0000-100000000000}\\\r\n"
                + "   Shadow Copy Storage volume: (C:)\\\\?\\Volume{4c1d6a2e-0000-0000-0000-100000000000}\\\r\n")),
                "an association cut short is not read as no association");
    }

    @Test
    void theScratchFolderOfALocalVolumeAndOfAShare() throws Exception {
        FactsDraft.ScratchFolder local = Outputs.parse(Outputs.fixture("mars-scratch", "mars-scratch.json")).scratchFolder;
        assertEquals(new FactsDraft.ScratchFolder("E:\\MARS\\Scratch", false, ScratchLocation.LOCAL_FIXED, true,
                List.of(ScratchAttribute.COMPRESSED, ScratchAttribute.SPARSE_FILE), false), local);
        FactsDraft.ScratchFolder share = Outputs.parse(Outputs.fixture("mars-scratch", "mars-scratch-fr.json")).scratchFolder;
        assertEquals(new FactsDraft.ScratchFolder("\\\\nas01\\Sauvegarde\\Cache MARS", true, ScratchLocation.SHARE, null, List.of(), false), share);
        assertNull(Outputs.parse(Outputs.text("mars-scratch", "")).scratchFolder, "no folder: nothing known");
        assertEquals(ScratchLocation.REMOVABLE, MarsScratchParser.location("2"));
        assertEquals(ScratchLocation.OTHER, MarsScratchParser.location("CD-ROM"));
        assertEquals(Boolean.FALSE, MarsScratchParser.online("Offline"));
        assertNull(MarsScratchParser.online("Starting"));
    }

    @Test
    void eachCodeOfAWarningFileIsOneEvent() throws Exception {
        List<Event> events = Outputs.parse(Outputs.fixture("mars-failed-files", "mars-failed-files.json")).events;
        assertEquals(List.of("0x80070002", "0x80070570", "0x8007018b"), events.stream().map(Event::errorId).toList());
        assertEquals(OffsetDateTime.parse("2026-11-23T23:00:57Z"), events.get(0).time());
        assertTrue(events.get(0).mentions("LastBackupFailedFiles"), events.get(0).toString());
        List<Event> french = Outputs.parse(Outputs.fixture("mars-failed-files", "mars-failed-files-fr.json")).events;
        assertEquals(1, french.size());
        assertEquals("0x80070005", french.get(0).errorId());
        assertEquals(List.of(), Outputs.parse(Outputs.text("mars-failed-files", "")).events, "no file, or no policy of its own: no event");
        assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.text("mars-failed-files", "{\"Name\": \"LastBackupFailedFiles.txt\", \"Codes\": [\"access denied\"]}")));
    }

    @Test
    void theSecondScratchLocationIsARegistryValue() throws Exception {
        List<RegistryValue> values = Outputs.parse(Outputs.fixture("registry-scratch-location-provider", "registry-scratch-location-provider.txt")).registry;
        assertEquals(List.of(new RegistryValue(null, "HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config\\CloudBackupProvider", "ScratchLocation",
                "REG_SZ", "D:\\OldScratch", true)), values);
    }
}
