package org.mabsadvisor.findings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of a rule text from a firing. {@code {$svc.state}} is the {@code state}
 * field of the fact bound to {@code $svc}; {@code {$min}} a bound value; {@code {host}} the server.
 * A {@code |bytes} filter shows a byte count in KB/MB/GB; a {@code |unit} filter a unit of time
 * (a policy's {@code months}, {@code weeks}) in the report's language, not as the policy spells it. An unknown placeholder stays as written,
 * so a typo shows in the report instead of vanishing.
 */
final class Template {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$?[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)(\\|bytes|\\|unit)?}");

    private Template() {
    }

    static String render(String template, Map<String, Object> bindings, FactView view, Locale locale) {
        if (template == null || template.indexOf('{') < 0) {
            // Most texts, actions above all, have no placeholder: every finding of a fleet words them.
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        int last = 0;
        while (m.find()) {
            String[] path = m.group(1).split("\\.");
            Object value = resolve(path, bindings, view);
            String shown = value == UNRESOLVED ? m.group()
                    : value == null ? unknown(locale)
                    : "|unit".equals(m.group(2)) ? unit(String.valueOf(value), locale)
                    : format(value, "|bytes".equals(m.group(2)), locale);
            out.append(template, last, m.start()).append(shown);
            last = m.end();
        }
        return out.append(template, last, template.length()).toString();
    }

    /** Marks a placeholder that names no binding or no field, as opposed to a known field whose value is unknown. */
    private static final Object UNRESOLVED = new Object();

    private static Object resolve(String[] path, Map<String, Object> bindings, FactView view) {
        if (!bindings.containsKey(path[0])) {
            return UNRESOLVED;
        }
        Object value = bindings.get(path[0]);
        for (int i = 1; i < path.length && value != null; i++) {
            if (value instanceof Map<?, ?> map) {
                if (!map.containsKey(path[i])) {
                    return UNRESOLVED;
                }
                value = map.get(path[i]);
            } else {
                value = view.field(value, path[i]);
                if (value == FactView.NO_FIELD) {
                    return UNRESOLVED;
                }
            }
        }
        return value == null ? null : view.plain(value);
    }

    /** A unit of time as a policy spells it (months, weeks, days, years), in the report's language. */
    static String unit(String unit, Locale locale) {
        if (!locale.getLanguage().equals("fr")) {
            return unit;
        }
        return switch (unit.trim().toLowerCase(Locale.ROOT)) {
            case "months", "month" -> "mois";
            case "weeks", "week" -> "semaines";
            case "days", "day" -> "jours";
            case "years", "year" -> "ans";
            default -> unit;
        };
    }

    private static String unknown(Locale locale) {
        return locale.getLanguage().equals("fr") ? "(inconnu)" : "(unknown)";
    }

    private static String format(Object value, boolean bytes, Locale locale) {
        if (bytes && value instanceof Number n) {
            return humanBytes(n.doubleValue(), locale);
        }
        if (value instanceof Double || value instanceof Float) {
            return String.format(locale, "%.1f", ((Number) value).doubleValue());
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    static String humanBytes(double bytes, Locale locale) {
        String[] units = locale.getLanguage().equals("fr") ? new String[] {"o", "Ko", "Mo", "Go", "To", "Po"}
                : new String[] {"B", "KB", "MB", "GB", "TB", "PB"};
        int unit = 0;
        double v = bytes;
        while (v >= 1024 && unit < units.length - 1) {
            v /= 1024;
            unit++;
        }
        return unit == 0 ? String.format(locale, "%.0f %s", v, units[0]) : String.format(locale, "%.1f %s", v, units[unit]);
    }
}
