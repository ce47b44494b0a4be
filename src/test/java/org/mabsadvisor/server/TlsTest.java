package org.mabsadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mabsadvisor.store.AnalysisStore;

/** With a PKCS#12 keystore the server speaks HTTPS only, with the certificate it was given. */
class TlsTest {
    private static final String PASSWORD = "changeit-test";

    @TempDir
    Path temp;

    @Test
    void theServerSpeaksHttpsWithItsCertificateAndNothingElse() throws Exception {
        Path keystore = temp.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "mabs",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD).inheritIO().start();
        assertEquals(true, keytool.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, keytool.exitValue());

        ServerSettings settings = ServerFixture.settings(temp).keystore(keystore, PASSWORD).build();
        try (ServerFixture server = ServerFixture.start(temp, settings, AnalysisStore.embeddedUrl(temp), null, null, Clock.systemUTC())) {
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            HttpResponse<String> health = trusting.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            HttpClient plain = HttpClient.newHttpClient();
            assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()), "no plain HTTP beside HTTPS");
            assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()), "a client that does not trust the certificate is refused");
        }
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
