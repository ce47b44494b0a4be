package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.facts.Certificate;

/** certificates: Subject, Issuer, Thumbprint and NotAfter of the certificates of Cert:\LocalMachine\My. */
final class CertificatesParser implements OutputParser {
    static final String STORE = "LocalMachine\\My";

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<Certificate> certificates = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String subject = item.node().has("Subject") && !item.node().get("Subject").isNull() ? item.node().get("Subject").asText() : null;
            if (subject == null) {
                throw item.at("Subject is missing");
            }
            certificates.add(new Certificate(STORE, subject, item.text("Issuer"), item.text("Thumbprint"), item.time("NotAfter")));
        }
        draft.certificates = certificates;
    }
}
