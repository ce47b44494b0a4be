package org.mabsadvisor.bundle;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * sql-service-accounts: Win32_Service's Name and StartName of the SQL Server services, the account
 * each logs on with. Get-Service of Windows PowerShell 5.1 does not give it, so it is read apart and
 * joined to the services by name when the document is assembled.
 */
final class SqlServiceAccountsParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        Map<String, String> accounts = new LinkedHashMap<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String name = item.text("Name");
            if (name == null) {
                throw item.at("Name is missing");
            }
            accounts.put(name, item.text("StartName"));
        }
        draft.serviceAccounts = accounts;
    }
}
