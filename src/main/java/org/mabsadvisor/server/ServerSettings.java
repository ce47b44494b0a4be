package org.mabsadvisor.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server listens and what it accepts. {@code token}: the bearer token every request but
 * health must carry, or null for none (then the server only listens on loopback). {@code keystore}:
 * a PKCS#12 file for HTTPS, or null for plain HTTP. {@code scratch}: where uploaded bundles are
 * unpacked while they are read. {@code silentAfter}: a host whose last report is older is marked as
 * having stopped reporting. {@code language}: the language of the answers to a request that names
 * none (no {@code lang} and no French {@code Accept-Language}), such as the collector's uploads.
 */
public record ServerSettings(String bind, int port, String token, Path keystore, String keystorePassword, long maxUploadBytes,
        Path scratch, Duration silentAfter, String toolVersion, String language) {

    /** The most an upload may weigh unless told otherwise: a large bundle is a few megabytes. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    /** True for an address only this machine can reach. */
    public static boolean isLoopback(String bind) {
        return bind.equals("localhost") || bind.equals("::1") || bind.equals("[::1]") || bind.startsWith("127.");
    }

    /** A settings object built by name: it has ten components. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds settings by name, with the defaults of {@code serve}. */
    public static final class Builder {
        private String bind = "127.0.0.1";
        private int port = 8460;
        private String token;
        private Path keystore;
        private String keystorePassword;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private Path scratch;
        private Duration silentAfter = Duration.ofHours(36);
        private String toolVersion = "dev";
        private String language = "en";

        public Builder bind(String value) {
            bind = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder token(String value) {
            token = value;
            return this;
        }

        public Builder keystore(Path file, String password) {
            keystore = file;
            keystorePassword = password;
            return this;
        }

        public Builder maxUploadBytes(long value) {
            maxUploadBytes = value;
            return this;
        }

        public Builder scratch(Path value) {
            scratch = value;
            return this;
        }

        public Builder silentAfter(Duration value) {
            silentAfter = value;
            return this;
        }

        public Builder toolVersion(String value) {
            toolVersion = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public ServerSettings build() {
            return new ServerSettings(bind, port, token, keystore, keystorePassword, maxUploadBytes, scratch, silentAfter, toolVersion, language);
        }
    }
}
