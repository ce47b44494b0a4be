package org.mabsadvisor.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.AntivirusProduct;
import org.mabsadvisor.facts.InfectedFileAction;

/** defender-status, defender-preferences (Get-MpComputerStatus, Get-MpPreference) and security-center-antivirus. */
class AntivirusParsersTest {
    private static final String DPM = "C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM";

    @Test
    void defenderStatusAndItsAbsence() throws Exception {
        assertEquals(new FactsDraft.DefenderStatus(true, true, true, "Normal"),
                Outputs.parse(Outputs.fixture("defender-status", "defender-status.json")).defender);
        FactsDraft.DefenderStatus absent = Outputs.parse(Outputs.failed("defender-status", 1,
                "The term 'Get-MpComputerStatus' is not recognized as the name of a cmdlet", "CommandNotFoundException")).defender;
        assertEquals(new FactsDraft.DefenderStatus(false, null, null, null), absent);
        assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("defender-status", 1,
                "Operation failed with the following error: 0x800106ba", "HRESULT 0x800106ba,Get-MpComputerStatus")));
    }

    @Test
    void exclusionsAndTheActionOnSevereThreats() throws Exception {
        FactsDraft.DefenderPreferences preferences = Outputs.parse(Outputs.fixture("defender-preferences", "defender-preferences.json")).defenderPreferences;
        assertEquals(new FactsDraft.DefenderPreferences(List.of(DPM + "\\XSD", DPM + "\\Temp", "F:\\"), List.of(DPM + "\\bin\\dpmra.exe"),
                InfectedFileAction.DELETE), preferences);
        FactsDraft.DefenderPreferences none = Outputs.parse(Outputs.fixture("defender-preferences", "defender-preferences-none.json")).defenderPreferences;
        assertEquals(new FactsDraft.DefenderPreferences(List.of(), List.of(), InfectedFileAction.CLEAN), none);
    }

    @Test
    void exclusionsHiddenFromANonAdministratorAreUnknown() throws Exception {
        FactsDraft.DefenderPreferences hidden = Outputs.parse(Outputs.fixture("defender-preferences", "defender-preferences-not-admin.json")).defenderPreferences;
        assertEquals(new FactsDraft.DefenderPreferences(null, null, null), hidden);
        UnusableOutputException unknown = assertThrows(UnusableOutputException.class,
                () -> Outputs.parse(Outputs.fixture("defender-preferences", "defender-preferences-unknown-action.json")));
        assertTrue(unknown.getMessage().contains("SevereThreatDefaultAction has an unknown value: 5"), unknown.getMessage());
    }

    @Test
    void otherProductsFromSecurityCenter() throws Exception {
        List<AntivirusProduct> products = Outputs.parse(Outputs.fixture("security-center-antivirus", "security-center.json")).securityCenterProducts;
        assertEquals(List.of(new AntivirusProduct(null, "Sophos Anti-Virus", true, null, null, null),
                new AntivirusProduct(null, "Old AV", false, null, null, null)), products);
        UnusableOutputException server = assertThrows(UnusableOutputException.class, () -> Outputs.parse(Outputs.failed("security-center-antivirus", 1,
                "Invalid namespace ", "HRESULT 0x8004100e,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand")));
        assertTrue(server.getMessage().contains("Windows Server has none"), server.getMessage());
    }

    @Test
    void theAntivirusListNeedsDefendersStateAndSecurityCenterWhenDefenderIsOff() {
        FactsDraft.DefenderStatus on = new FactsDraft.DefenderStatus(true, true, true, "Normal");
        FactsDraft.DefenderPreferences preferences = new FactsDraft.DefenderPreferences(List.of("F:\\"), List.of(), InfectedFileAction.QUARANTINE);
        assertNull(DocumentAssembler.antivirus(null, preferences, List.of(), null));
        assertEquals(List.of(new AntivirusProduct(null, DocumentAssembler.DEFENDER, true, List.of("F:\\"), List.of(), InfectedFileAction.QUARANTINE)),
                DocumentAssembler.antivirus(on, preferences, null, null));
        assertEquals(List.of(new AntivirusProduct(null, DocumentAssembler.DEFENDER, true, null, null, null)),
                DocumentAssembler.antivirus(on, null, null, null));
        FactsDraft.DefenderStatus passive = new FactsDraft.DefenderStatus(true, true, true, "Passive Mode");
        assertEquals(false, DocumentAssembler.antivirus(passive, preferences, null, null).get(0).realTimeProtection());
        FactsDraft.DefenderStatus absent = new FactsDraft.DefenderStatus(false, null, null, null);
        assertNull(DocumentAssembler.antivirus(absent, null, null, null), "another product may be there, unseen");
        assertEquals(List.of(), DocumentAssembler.antivirus(absent, null, List.of(), null));
        FactsDraft.DefenderStatus disabled = new FactsDraft.DefenderStatus(true, false, false, "Not running");
        AntivirusProduct sophos = new AntivirusProduct(null, "Sophos", true, null, null, null);
        assertEquals(List.of(sophos), DocumentAssembler.antivirus(disabled, null, List.of(sophos), null));
    }
}
