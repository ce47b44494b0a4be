package org.mabsadvisor.trends;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.mabsadvisor.facts.ClockSkew;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.facts.StoragePool;
import org.mabsadvisor.facts.TempFolder;
import org.mabsadvisor.facts.Volume;
import org.mabsadvisor.facts.VolumeRole;
import org.mabsadvisor.policy.Policy;

/**
 * The numeric facts that rules compare with a policy threshold, whose history can tell when the
 * threshold will be reached: each knows the fact it reads, its value, its threshold and whether
 * trouble lies above it (rising) or below it (falling).
 */
public enum Measure {
    /** Free space of the MARS scratch volume, in percent; BASIC-04.b warns below scratchFreePercentWarning. */
    SCRATCH_FREE_PERCENT("scratchFreePercent", "%", false, Volume.class, v -> v.hasRole(VolumeRole.SCRATCH) && v.freePercent() >= 0,
            Volume::freePercent, Policy::scratchFreePercentWarning),
    /** Free space of the storage pool, in percent; RI-03 reports it below storagePoolFreePercentMinimum. */
    STORAGE_POOL_FREE_PERCENT("storagePoolFreePercent", "%", false, StoragePool.class, p -> p.freePercent() >= 0,
            StoragePool::freePercent, Policy::storagePoolFreePercentMinimum),
    /** Files in the Windows temporary folder; VC-03 reports more than windowsTempMaxFiles. */
    WINDOWS_TEMP_FILES("windowsTempFiles", "files", true, TempFolder.class, t -> t.fileCount() != null,
            t -> t.fileCount(), p -> p.windowsTempMaxFiles()),
    /** The clock's offset from its reference, in seconds either way; VC-02 reports more than maxClockSkewSeconds. */
    CLOCK_OFFSET_SECONDS("clockOffsetSeconds", "s", true, ClockSkew.class, c -> c.offsetSeconds() != null,
            c -> Math.abs(c.offsetSeconds()), Policy::maxClockSkewSeconds);

    private final String key;
    private final String unit;
    private final boolean rising;
    private final Class<?> type;
    private final Predicate<Object> measurable;
    private final ToDoubleFunction<Object> value;
    private final Function<Policy, Double> threshold;

    @SuppressWarnings("unchecked")
    <T> Measure(String key, String unit, boolean rising, Class<T> type, Predicate<T> measurable, ToDoubleFunction<T> value,
            Function<Policy, Number> threshold) {
        this.key = key;
        this.unit = unit;
        this.rising = rising;
        this.type = type;
        this.measurable = o -> measurable.test((T) o);
        this.value = o -> value.applyAsDouble((T) o);
        this.threshold = p -> threshold.apply(p).doubleValue();
    }

    /** Its name in the API and in forecasts, such as "scratchFreePercent". */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    /** True when trouble lies above the threshold, false when below. */
    public boolean rising() {
        return rising;
    }

    public double threshold(Policy policy) {
        return threshold.apply(policy);
    }

    /** The fact of the MABS server this measure reads in a fact set, if it is there and measurable. */
    public Optional<Object> fact(FactSet facts) {
        return facts.entries().stream()
                .map(FactSet.Entry::fact)
                .filter(type::isInstance)
                .filter(f -> !(f instanceof Volume v) || v.host() == null || v.host().equalsIgnoreCase(facts.host()))
                .filter(measurable)
                .findFirst();
    }

    /** The value of that fact. */
    public double value(Object fact) {
        return value.applyAsDouble(fact);
    }

    /** A value as a report shows it: a count as a whole number, anything else to one decimal. */
    public Number shown(double value) {
        return unit.equals("files") ? (Number) Math.round(value) : (Number) (Math.round(value * 10) / 10.0);
    }

    /** The measure of this name, or null. */
    public static Measure named(String key) {
        for (Measure m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }
}
