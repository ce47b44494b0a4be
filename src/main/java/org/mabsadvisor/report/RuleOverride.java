package org.mabsadvisor.report;

/**
 * A change the site configuration made to the rules of this analysis. {@code change} is
 * {@code disabled}, {@code severity} ({@code from} and {@code to} are the severities) or
 * {@code replaced} ({@code from} is the replaced rule's file:line, {@code to} the site rule's);
 * {@code origin} says where it was asked ({@code site.yaml:3:5}, {@code --disable}).
 */
public record RuleOverride(String ruleId, String change, String from, String to, String origin) {
}
