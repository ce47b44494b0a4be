package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.facts.AntivirusProduct;
import org.mabsadvisor.facts.NormalizedText;

/**
 * security-center-antivirus: the AntiVirusProduct instances of root/SecurityCenter2. The second
 * byte of productState says whether real-time scanning is on (bit 0x10 set) or off; Microsoft Defender is
 * read by its own specs and left out here (397568, 0x061100, is a product scanning in real time). Windows Server has no Security Center: the namespace
 * does not exist there, and other products than Defender stay unknown.
 */
final class SecurityCenterParser implements OutputParser {

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        if (!output.run().succeeded() && output.run().errorId() != null && output.run().errorId().contains("0x8004100e")) {
            throw new UnusableOutputException(0, "Windows Security Center does not exist on this edition of Windows (Windows Server has none): "
                    + "antivirus products other than Microsoft Defender are not known");
        }
        List<AntivirusProduct> products = new ArrayList<>();
        for (PowerShellJson.Item item : PowerShellJson.items(output)) {
            String name = item.text("displayName");
            if (name == null) {
                throw item.at("displayName is missing");
            }
            if (NormalizedText.mentions(name, "Windows Defender", "Microsoft Defender")) {
                continue;
            }
            Long state = item.number("productState");
            Boolean realTime = state == null ? null : ((state >> 8) & 0x10) != 0;
            products.add(new AntivirusProduct(null, name, realTime, null, null, null));
        }
        draft.securityCenterProducts = products;
    }
}
