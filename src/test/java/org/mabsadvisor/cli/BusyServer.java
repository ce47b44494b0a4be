package org.mabsadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts of a real but busy server: one recurring error recorded thousands of times. */
final class BusyServer {
    private BusyServer() {
    }

    static Path write(Path file, int events) throws IOException {
        StringBuilder s = new StringBuilder("{\"schemaVersion\":\"1\",\"collectedAt\":\"2026-11-20T09:10:33Z\",\"server\":{\"name\":\"BUSY01\"},\"events\":[");
        for (int i = 0; i < events; i++) {
            s.append(i == 0 ? "" : ",\n")
                    .append(String.format("{\"time\":\"2026-11-%02dT%02d:%02d:%02dZ\",\"source\":\"CloudBackup\",\"errorId\":\"100050\","
                            + "\"message\":\"The Azure Backup Agent was unable to connect to the Azure Backup service.\"}",
                            1 + i / 3600 % 19, i / 60 % 24, i % 60, i % 60));
        }
        return Files.writeString(file, s.append("]}").toString());
    }
}
