package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;

/** vault-credentials-files: the name and write time (UTC) of each *.VaultCredentials file found; never their content. */
final class CredentialsFilesParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<FactsDraft.CredentialsFile> files = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String name = item.text("Name");
            if (name == null) {
                throw item.at("Name is missing");
            }
            files.add(new FactsDraft.CredentialsFile(name, item.time("LastWriteTimeUtc")));
        }
        draft.credentialsFiles = files;
    }
}
