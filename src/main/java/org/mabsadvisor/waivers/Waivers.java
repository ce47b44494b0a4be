package org.mabsadvisor.waivers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.mabsadvisor.facts.FactsDocument;
import org.mabsadvisor.report.Finding;
import org.mabsadvisor.report.Report;
import org.mabsadvisor.report.WaivedFinding;
import org.mabsadvisor.report.Waiver;
import org.mabsadvisor.report.WaiverNotice;

/**
 * Applies waivers to the reports of a run. A finding is waived by the first waiver of its rule whose
 * host pattern matches, that has not expired and whose facts are still those it was granted for;
 * a waiver that matches but expired or lapsed leaves the finding counted and the report warns. It
 * remembers which waivers matched, across threads, so that the run can name the stale ones.
 */
public final class Waivers {
    private final List<Entry> entries;
    private final LocalDate today;
    /** Reads the facts as their file spells them; made only when there are waivers (a server makes a Waivers per analysis). */
    private final ObjectMapper mapper;

    /** {@code today}: a waiver applies up to and including its expiry date. */
    public Waivers(List<Waiver> waivers, LocalDate today) {
        this.entries = waivers.stream().map(w -> new Entry(w, HostPattern.of(w.hosts()))).toList();
        this.today = today;
        this.mapper = waivers.isEmpty() ? null : JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /** No waiver: reports pass unchanged. */
    public static Waivers none() {
        return new Waivers(List.of(), LocalDate.MIN);
    }

    /** The report with the findings that waivers accept moved to its waived list, and the warnings about waivers that no longer apply. */
    public Report apply(Report report, FactsDocument facts) {
        if (entries.isEmpty()) {
            return report;
        }
        List<Finding> active = new ArrayList<>();
        List<WaivedFinding> waived = new ArrayList<>();
        List<WaiverNotice> notices = new ArrayList<>();
        JsonNode[] tree = new JsonNode[1];
        for (Finding f : report.findings()) {
            Waiver accepting = null;
            for (Entry e : entries) {
                if (!e.waiver.rule().equals(f.ruleId()) || !e.pattern.matches(report.host())) {
                    continue;
                }
                String lapse = lapse(e.waiver, facts, tree);
                if (today.isAfter(e.waiver.expires())) {
                    e.expiredHits.incrementAndGet();
                    notices.add(new WaiverNotice(WaiverNotice.EXPIRED, "waiver of " + e.waiver.label() + " expired on " + e.waiver.expires()
                            + ": " + report.host() + " " + f.ruleId() + " counts again", e.waiver));
                } else if (lapse != null) {
                    e.lapsedHits.incrementAndGet();
                    notices.add(new WaiverNotice(WaiverNotice.LAPSED, "waiver of " + e.waiver.label() + " no longer applies to "
                            + report.host() + ": " + lapse, e.waiver));
                } else if (accepting == null) {
                    e.hits.incrementAndGet();
                    accepting = e.waiver;
                } else {
                    e.hits.incrementAndGet();
                }
            }
            if (accepting != null) {
                waived.add(new WaivedFinding(f, accepting));
            } else {
                active.add(f);
            }
        }
        if (waived.isEmpty() && notices.isEmpty()) {
            return report;
        }
        return report.withWaivers(active, waived, notices);
    }

    /**
     * The warnings about the whole run, once every report went through {@link #apply}: each waiver
     * that expired, that lapsed on some host, or that matched no finding at all (stale).
     */
    public List<WaiverNotice> runNotices() {
        List<WaiverNotice> notices = new ArrayList<>();
        for (Entry e : entries) {
            Waiver w = e.waiver;
            if (today.isAfter(w.expires())) {
                notices.add(new WaiverNotice(WaiverNotice.EXPIRED, "waiver of " + w.label() + " expired on " + w.expires()
                        + (e.expiredHits.get() > 0 ? ": " + e.expiredHits.get() + " finding(s) it covered count again" : ""), w));
            } else if (e.lapsedHits.get() > 0) {
                notices.add(new WaiverNotice(WaiverNotice.LAPSED, "waiver of " + w.label() + " no longer applies to "
                        + e.lapsedHits.get() + " finding(s): the facts it was granted for have changed", w));
            }
            if (e.hits.get() + e.expiredHits.get() + e.lapsedHits.get() == 0 && !today.isAfter(w.expires())) {
                notices.add(new WaiverNotice(WaiverNotice.STALE, "waiver of " + w.label() + " is stale: it matched no finding", w));
            }
        }
        return notices;
    }

    /** Why the waiver's facts are no longer those it was granted for, or null when they still are. */
    private String lapse(Waiver w, FactsDocument facts, JsonNode[] tree) {
        for (Map.Entry<String, Object> granted : w.facts().entrySet()) {
            if (tree[0] == null) {
                // Seen as the facts file spells it, so that pointers and values read as they were written.
                tree[0] = mapper.valueToTree(facts);
            }
            JsonNode now = tree[0].at(granted.getKey());
            if (!same(now, granted.getValue())) {
                String shown = now.isMissingNode() || now.isNull() ? "not collected" : "\"" + now.asText() + "\"";
                return granted.getKey() + " is " + shown + ", it was granted for \"" + granted.getValue() + "\"";
            }
        }
        return null;
    }

    private static boolean same(JsonNode now, Object granted) {
        if (granted instanceof String s) {
            return now.isTextual() && now.asText().equals(s);
        }
        if (granted instanceof Boolean b) {
            return now.isBoolean() && now.asBoolean() == b;
        }
        if (granted instanceof Number n && now.isNumber()) {
            return now.decimalValue().compareTo(new BigDecimal(n.toString())) == 0;
        }
        return false;
    }

    /** A waiver with its compiled host pattern and what it met so far. */
    private static final class Entry {
        final Waiver waiver;
        final HostPattern pattern;
        final AtomicInteger hits = new AtomicInteger();
        final AtomicInteger expiredHits = new AtomicInteger();
        final AtomicInteger lapsedHits = new AtomicInteger();

        Entry(Waiver waiver, HostPattern pattern) {
            this.waiver = waiver;
            this.pattern = pattern;
        }
    }
}
