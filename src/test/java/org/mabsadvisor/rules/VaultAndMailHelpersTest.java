package org.mabsadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mabsadvisor.facts.ExternalDpmServer;
import org.mabsadvisor.facts.VaultRegistration;

/** The helpers of the vault credentials, external DPM, and e-mail notification rules. */
class VaultAndMailHelpersTest {

    @Test
    void machinePersonalStoreWhateverTheSpelling() {
        assertTrue(VaultCredentials.isMachinePersonalStore("LocalMachine\\My"));
        assertTrue(VaultCredentials.isMachinePersonalStore("Cert:\\LocalMachine\\My"));
        assertTrue(VaultCredentials.isMachinePersonalStore(" localmachine/MY "));
        assertFalse(VaultCredentials.isMachinePersonalStore("CurrentUser\\My"));
        assertFalse(VaultCredentials.isMachinePersonalStore("LocalMachine\\Root"));
        assertFalse(VaultCredentials.isMachinePersonalStore(null));
    }

    @Test
    void windowsAzureToolsCertificate() {
        assertTrue(VaultCredentials.isWindowsAzureTools("CN=Windows Azure Tools"));
        assertTrue(VaultCredentials.isWindowsAzureTools("CN=Outils Windows Azure"));
        assertFalse(VaultCredentials.isWindowsAzureTools("CN=Windows Azure CRP Certificate Generator"));
        assertFalse(VaultCredentials.isWindowsAzureTools(null));
    }

    @Test
    void computerGroupPolicyButNotTheLocalOne() {
        assertTrue(VaultCredentials.isComputerPolicy("computer", "Contoso - Servers baseline"));
        assertTrue(VaultCredentials.isComputerPolicy("Computer", null));
        assertFalse(VaultCredentials.isComputerPolicy("user", "Contoso - Servers baseline"));
        assertFalse(VaultCredentials.isComputerPolicy(null, "Contoso - Servers baseline"), "unknown scope");
        assertFalse(VaultCredentials.isComputerPolicy("computer", "Local Group Policy"));
        assertFalse(VaultCredentials.isComputerPolicy("computer", "Stratégie de groupe locale"));
    }

    @Test
    void vaultsCompareByIdThenByName() {
        VaultRegistration own = new VaultRegistration(true, "rsv-backup-weu", "5E1F4A52-8D1C-4C0E-9A11-3F0C2B7D9E41", null, null, true, null, null);
        assertFalse(Vaults.differ(new ExternalDpmServer("MABS02", "rsv-other-name", "5e1f4a52-8d1c-4c0e-9a11-3f0c2b7d9e41"), own),
                "same id, case ignored, whatever the name");
        assertTrue(Vaults.differ(new ExternalDpmServer("MABS02", "rsv-backup-weu", "0b7c6a1e-2f3d-4e5a-8b9c-1d2e3f4a5b6c"), own));
        assertTrue(Vaults.differ(new ExternalDpmServer("MABS02", "rsv-backup-neu", null), own), "names when an id is unknown");
        assertFalse(Vaults.differ(new ExternalDpmServer("MABS02", "RSV-BACKUP-WEU", null), own));
        assertFalse(Vaults.differ(new ExternalDpmServer("MABS02", null, null), own), "unknown vault");
        VaultRegistration unregistered = new VaultRegistration(false, null, null, null, null, null, null, null);
        assertFalse(Vaults.differ(new ExternalDpmServer("MABS02", "rsv-backup-neu", "x"), unregistered));
    }

    @Test
    void office365SmtpHosts() {
        assertTrue(SmtpSettings.isOffice365Host("smtp.office365.com"));
        assertTrue(SmtpSettings.isOffice365Host("SMTP.Office365.com."));
        assertTrue(SmtpSettings.isOffice365Host("outlook.office365.com:587"));
        assertTrue(SmtpSettings.isOffice365Host("contoso-com.mail.protection.outlook.com"));
        assertFalse(SmtpSettings.isOffice365Host("mail.protection.outlook.com"));
        assertFalse(SmtpSettings.isOffice365Host("smtp.office365.com.contoso.local"));
        assertFalse(SmtpSettings.isOffice365Host("smtp.contoso.local"));
        assertFalse(SmtpSettings.isOffice365Host(null));
    }

    @Test
    void domainBackslashUserNames() {
        assertTrue(SmtpSettings.isDomainBackslashUser("CONTOSO\\mabs-alerts"));
        assertFalse(SmtpSettings.isDomainBackslashUser("mabs-alerts@contoso.com"));
        assertFalse(SmtpSettings.isDomainBackslashUser("\\mabs-alerts"));
        assertFalse(SmtpSettings.isDomainBackslashUser("CONTOSO\\"));
        assertFalse(SmtpSettings.isDomainBackslashUser("mabs-alerts"));
        assertFalse(SmtpSettings.isDomainBackslashUser(null));
    }
}
