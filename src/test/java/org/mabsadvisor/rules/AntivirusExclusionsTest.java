package org.mabsadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The antivirus exclusion checks the AV rules call from DRL. */
class AntivirusExclusionsTest {

    private static final String DPM = "C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM";
    private static final String XSD = DPM + "\\XSD";
    private static final String CSC2 = "C:\\Windows\\Microsoft.NET\\Framework\\v2.0.50727\\csc.exe";
    private static final String CSC4 = "C:\\Windows\\Microsoft.NET\\Framework\\v4.0.30319\\csc.exe";

    @Test
    void aFolderExclusionCoversTheFolderAndItsSubfoldersWhateverTheCase() {
        assertTrue(AntivirusExclusions.coversPath(List.of(XSD), XSD));
        assertTrue(AntivirusExclusions.coversPath(List.of("c:\\program files\\microsoft azure backup server\\dpm\\dpm\\xsd\\"), XSD));
        assertTrue(AntivirusExclusions.coversPath(List.of(DPM), XSD), "a parent folder covers its subfolders");
        assertTrue(AntivirusExclusions.coversPath(List.of(DPM + "\\*"), XSD), "a trailing \\* is the folder itself");
        assertTrue(AntivirusExclusions.coversPath(List.of("\"" + XSD + "\""), XSD), "quotes are ignored");
        assertFalse(AntivirusExclusions.coversPath(List.of(XSD), DPM), "a subfolder does not cover its parent");
        assertFalse(AntivirusExclusions.coversPath(List.of(DPM + "\\XS"), XSD), "a name prefix is not a parent folder");
        assertFalse(AntivirusExclusions.coversPath(List.of(), XSD));
    }

    @Test
    void aDriveExclusionCoversTheDriveWrittenEitherWay() {
        assertTrue(AntivirusExclusions.coversPath(List.of("F:\\"), "F:"));
        assertTrue(AntivirusExclusions.coversPath(List.of("F:"), "F:"));
        assertTrue(AntivirusExclusions.coversPath(List.of("f:"), "F:\\"));
        assertTrue(AntivirusExclusions.coversPath(List.of("F:\\"), "F:\\MBS\\replica.vhdx"));
        assertFalse(AntivirusExclusions.coversPath(List.of("F:\\MBS"), "F:"), "a folder of the drive is not the drive");
        assertFalse(AntivirusExclusions.coversPath(List.of("E:\\"), "F:"));
    }

    @Test
    void variablesStandForTheirDefaultValues() {
        assertTrue(AntivirusExclusions.coversPath(List.of("%ProgramFiles%\\Microsoft Azure Backup Server\\DPM\\DPM\\XSD"), XSD));
        assertTrue(AntivirusExclusions.coversProcess(List.of("%SystemRoot%\\Microsoft.NET\\Framework\\v2.0.50727\\csc.exe"), CSC2));
        assertTrue(AntivirusExclusions.coversProcess(List.of("%WINDIR%\\Microsoft.NET\\Framework\\v4.0.30319\\csc.exe"), CSC4));
        assertTrue(AntivirusExclusions.coversPath(List.of("%SystemDrive%\\"), XSD));
        assertTrue(AntivirusExclusions.samePath("%programfiles%\\Microsoft Azure Backup Server\\DPM\\DPM\\", DPM));
    }

    @Test
    void aProcessIsCoveredByItsFullPathOrItsBareName() {
        assertTrue(AntivirusExclusions.coversProcess(List.of(CSC2), CSC2.toUpperCase()));
        assertTrue(AntivirusExclusions.coversProcess(List.of("csc.exe"), CSC2));
        assertTrue(AntivirusExclusions.coversProcess(List.of("CSC.EXE"), CSC4));
        assertTrue(AntivirusExclusions.coversProcess(List.of("C:\\Windows\\Microsoft.NET\\Framework\\*"), CSC4), "a folder wildcard");
        assertFalse(AntivirusExclusions.coversProcess(List.of(CSC2), CSC4), "the other framework's csc.exe is another file");
        assertFalse(AntivirusExclusions.coversProcess(List.of("C:\\Windows\\Microsoft.NET\\Framework"), CSC4),
                "a folder without wildcard is not a process exclusion");
        assertFalse(AntivirusExclusions.coversProcess(List.of("dpmra"), DPM + "\\bin\\dpmra.exe"));
        assertEquals(List.of(CSC4), AntivirusExclusions.missingProcesses(List.of(CSC2), CSC2, CSC4));
        assertEquals(List.of(), AntivirusExclusions.missingProcesses(List.of("csc.exe"), CSC2, CSC4));
    }

    @Test
    void unknownListsOrPathsAreNeverReportedMissing() {
        assertFalse(AntivirusExclusions.lacksPath(null, XSD));
        assertFalse(AntivirusExclusions.lacksPath(List.of(), null));
        assertFalse(AntivirusExclusions.lacksProcess(null, CSC2));
        assertFalse(AntivirusExclusions.lacksProcess(List.of(), " "));
        assertTrue(AntivirusExclusions.lacksPath(List.of(), XSD));
        assertTrue(AntivirusExclusions.lacksProcess(List.of(), CSC2));
        assertEquals(List.of(), AntivirusExclusions.missingPaths(null, XSD, DPM + "\\Temp"));
        assertEquals(List.of(XSD), AntivirusExclusions.missingPaths(List.of(DPM + "\\Temp"), XSD, DPM + "\\Temp", null));
        assertNull(AntivirusExclusions.subfolder(null, "XSD"));
        assertEquals(XSD, AntivirusExclusions.subfolder(DPM + "\\", "XSD"));
    }

    @Test
    void onlyAKnownScratchFolderOtherThanTheDefaultIsNonDefault() {
        String mars = "C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\MARS\\Microsoft Azure Recovery Services Agent";
        assertTrue(AntivirusExclusions.isNonDefaultScratch(mars, "E:\\MARS\\Scratch"));
        assertFalse(AntivirusExclusions.isNonDefaultScratch(mars, mars.toLowerCase() + "\\scratch\\"));
        assertFalse(AntivirusExclusions.isNonDefaultScratch(null, "E:\\MARS\\Scratch"));
        assertFalse(AntivirusExclusions.isNonDefaultScratch(mars, null));
    }

    @Test
    void messagesNamingReplicaFilesAreRecognised() {
        String defender = "Path: file:_C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM\\Volumes\\Replica\\"
                + "File System\\vol_3f2a\\Full\\Shares\\tools\\setup.exe";
        assertTrue(AntivirusExclusions.namesReplicaFile(defender));
        assertTrue(AntivirusExclusions.namesReplicaFile("d:/mabs/dpm/dpm/volumes/replica/x.dll"));
        assertFalse(AntivirusExclusions.namesReplicaFile("Path: file:_D:\\Shares\\tools\\setup.exe"));
        assertFalse(AntivirusExclusions.namesReplicaFile(null));
        assertTrue(AntivirusExclusions.namesFileUnder("Path: file:_F:\\MBS\\vhd\\disk.vhdx", "F:\\"));
        assertTrue(AntivirusExclusions.namesFileUnder("F:\\x.exe was removed", "f:"));
        assertFalse(AntivirusExclusions.namesFileUnder("Path: file:_DEF:\\x.exe", "F:\\"), "glued to a letter");
        assertFalse(AntivirusExclusions.namesFileUnder("Path: file:_E:\\x.exe", "F:\\"));
        assertFalse(AntivirusExclusions.namesFileUnder(null, "F:"));
        assertFalse(AntivirusExclusions.namesFileUnder("F:\\x", null));
    }
}
