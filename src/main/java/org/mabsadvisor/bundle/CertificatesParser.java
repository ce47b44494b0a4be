package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.facts.Certificate;

/**
 * certificates, certificates-root: Subject, Issuer, Thumbprint and NotAfter of the certificates of
 * one machine store (Cert:\LocalMachine\My or Cert:\LocalMachine\Root), each certificate with its
 * store, so that a rule on one store never reads the other. The document puts both in one list.
 */
final class CertificatesParser implements OutputParser {
    static final String PERSONAL = "LocalMachine\\My";
    static final String ROOT = "LocalMachine\\Root";

    private final String store;

    CertificatesParser(String store) {
        this.store = store;
    }

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        List<Certificate> certificates = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String subject = item.node().has("Subject") && !item.node().get("Subject").isNull() ? item.node().get("Subject").asText() : null;
            if (subject == null) {
                throw item.at("Subject is missing");
            }
            certificates.add(new Certificate(store, subject, item.text("Issuer"), item.text("Thumbprint"), item.time("NotAfter")));
        }
        if (store.equals(ROOT)) {
            draft.rootCertificates = certificates;
        } else {
            draft.certificates = certificates;
        }
    }
}
