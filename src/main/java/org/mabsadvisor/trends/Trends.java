package org.mabsadvisor.trends;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mabsadvisor.facts.FactSet;
import org.mabsadvisor.facts.Forecast;
import org.mabsadvisor.policy.Policy;

/** The measures of a host over time: what each analysis measured, the trends, and the forecasts the rules read. */
public final class Trends {
    private Trends() {
    }

    /** The measures of one analysis, at the time its facts were collected. */
    public record Sample(Instant at, Map<String, Double> values) {
        public Sample {
            values = Map.copyOf(values);
        }
    }

    /** The value of each measure these facts hold, by name. */
    public static Map<String, Double> measure(FactSet facts) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            m.fact(facts).ifPresent(f -> values.put(m.key(), m.value(f)));
        }
        return values;
    }

    /** The trend of every measure that has values in the samples (oldest first). */
    public static List<Trend> of(List<Sample> samples, Policy policy) {
        List<Trend> trends = new ArrayList<>();
        for (Measure m : Measure.values()) {
            List<Trend.Point> points = samples.stream()
                    .filter(s -> s.values().containsKey(m.key()))
                    .map(s -> new Trend.Point(s.at(), s.values().get(m.key())))
                    .toList();
            if (!points.isEmpty()) {
                trends.add(Trend.of(m, m.threshold(policy), points));
            }
        }
        return trends;
    }

    /**
     * The forecasts of these facts, the newest sample of {@code samples}: each measure whose trend
     * reaches its threshold within the policy's trendWarningDays, with the fact it was measured on.
     */
    public static List<Forecast> forecasts(FactSet facts, List<Sample> samples, Policy policy) {
        List<Forecast> forecasts = new ArrayList<>();
        for (Trend t : of(samples, policy)) {
            if (t.daysLeft() == null || t.daysLeft() > policy.trendWarningDays()) {
                continue;
            }
            Optional<Object> fact = t.measure().fact(facts);
            if (fact.isEmpty()) {
                continue;
            }
            double now = t.points().get(t.points().size() - 1).value();
            Measure m = t.measure();
            forecasts.add(new Forecast(m.key(), m.shown(now), m.shown(t.threshold()), m.shown(t.perDay()), t.daysLeft(),
                    t.reachedAt().atZone(ZoneOffset.UTC).toLocalDate().toString(), fact.get()));
        }
        return forecasts;
    }
}
