package org.mabsadvisor.formats;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides which references may become links: only absolute http and https addresses, so that a
 * rule's {@code @reference} can never be a javascript: or data: link in a report.
 */
final class WebAddress {
    private WebAddress() {
    }

    static boolean isWeb(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
