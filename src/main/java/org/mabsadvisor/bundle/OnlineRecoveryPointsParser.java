package org.mabsadvisor.bundle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * dpm-online-recovery-points: how many online recovery points the groups that back up to Azure
 * hold, and the newest one's time in .NET ticks (UTC). Windows PowerShell 5.1 measures numbers only,
 * so the collector measures ticks; an empty measure has no maximum.
 */
final class OnlineRecoveryPointsParser implements OutputParser {

    /** .NET ticks (100 ns since 0001-01-01 UTC) at the Unix epoch. */
    private static final long TICKS_AT_EPOCH = 621_355_968_000_000_000L;

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        PowerShellJson.Item item = ComputerSystemParser.single(PowerShellJson.items(output));
        Long count = item.number("Count");
        if (count == null) {
            throw item.at("Count is missing");
        }
        Long ticks = item.number("NewestTicks");
        draft.onlineRecoveryPointsRead = true;
        draft.newestOnlineRecoveryPoint = count == 0 || ticks == null ? null : fromTicks(ticks);
    }

    static OffsetDateTime fromTicks(long ticks) {
        long sinceEpoch = ticks - TICKS_AT_EPOCH;
        Instant at = Instant.ofEpochSecond(Math.floorDiv(sinceEpoch, 10_000_000L), Math.floorMod(sinceEpoch, 10_000_000L) * 100);
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
