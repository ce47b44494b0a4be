package org.mabsadvisor.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.facts.Event;

/**
 * The events-* specs: Get-WinEvent (TimeCreated, Id, ProviderName, Message). The message is in
 * the language of Windows and kept as written: rules read English and French. When no event
 * matches, or the log does not exist on this server, Get-WinEvent reports an error although there
 * is simply nothing to report: both mean an empty list. A provider of a -FilterHashtable list that
 * is not installed on this server is reported the same way, while the events of the other
 * providers are still printed: they are read.
 */
final class EventsParser implements OutputParser {
    static final int MAX_MESSAGE = 65_536;

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        SpecRun run = output.run();
        List<PowerShellJson.Item> items;
        if (!run.succeeded() && (run.failedWith("NoMatchingEventsFound") || run.failedWith("NoMatchingLogsFound")
                || run.failedWith("NoMatchingProvidersFound"))) {
            items = PowerShellJson.items(output.text());
        } else {
            items = PowerShellJson.items(output);
        }
        List<Event> events = new ArrayList<>();
        for (PowerShellJson.Item item : items) {
            Long id = item.number("Id");
            if (id == null) {
                throw item.at("Id is missing");
            }
            String message = item.text("Message");
            if (message != null && message.length() > MAX_MESSAGE) {
                message = message.substring(0, MAX_MESSAGE);
            }
            events.add(new Event(item.time("TimeCreated"), null, item.text("ProviderName"), null, Long.toString(id), null, message, null));
        }
        draft.addEvents(events);
    }
}
