package org.mabsadvisor.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces, in a facts file, what identifies a person or a resource by stable placeholders, so that
 * the file can leave the company: the MABS server's name becomes its role ({@code mabs-server}),
 * other computers {@code server-1}, {@code server-2}..., their DNS domain {@code domain-1.example},
 * user names {@code user-1}..., the folder names of user profiles, the vault's name, e-mail
 * addresses, group policy names, the certification authorities of the company, and ids: certificate thumbprints become {@code id-1}..., and GUIDs
 * other GUIDs ({@code 00000000-0000-4000-8000-000000000001}...), since rules and people read a GUID's shape.
 * The same value always gets the same placeholder in one file, wherever it appears (a field or a
 * message), so that what rules compare still compares equal and the findings stay the same.
 */
public final class FactsRedactor {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Pattern GUID = Pattern.compile("(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])");
    private static final Pattern THUMBPRINT = Pattern.compile("^[0-9A-Fa-f]{40}$");
    private static final Pattern PROFILE = Pattern.compile("(?i)(\\\\(?:Users|Documents and Settings)\\\\)([^\\\\\\r\\n\"]+)(?=\\\\)");
    private static final Pattern EMAIL = Pattern.compile("(?i)(?<![\\w.+-])[\\w.+-]{1,64}@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
    /** Profile folders that are Windows's own, not a person's. */
    private static final Set<String> SYSTEM_PROFILES = Set.of("public", "default", "default user", "all users", "(user)");
    /** The names Windows gives the local policy, which rules tell from a domain policy. */
    private static final Set<String> LOCAL_POLICIES = Set.of("local group policy", "stratégie de groupe locale", "localgpo");

    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();
    /** Literal texts (computer, domain, vault and account names) and their placeholders, longest first when applied. */
    private final Map<String, String> literals = new LinkedHashMap<>();

    /** The facts file with its identifying values replaced; the input must be a facts JSON object. */
    public static String redact(String factsJson) {
        try {
            JsonNode tree = MAPPER.readTree(factsJson);
            if (!(tree instanceof ObjectNode doc)) {
                throw new IllegalArgumentException("the facts are not a JSON object");
            }
            new FactsRedactor().redact(doc);
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the facts are not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private void redact(ObjectNode doc) {
        learnNames(doc);
        redactFields(doc);
        List<Map.Entry<String, String>> byLength = new ArrayList<>(literals.entrySet());
        byLength.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        walk(doc, byLength);
    }

    /** Computer, domain, vault and account names that appear as values of their own, before any text is touched. */
    private void learnNames(ObjectNode doc) {
        JsonNode server = doc.path("server");
        String domain = server.path("domain").asText(null);
        if (domain != null && !domain.isBlank()) {
            learnDomain(domain);
        }
        String mabs = server.path("name").asText(null);
        if (mabs != null) {
            computer(mabs, "mabs-server");
        }
        for (JsonNode ps : doc.path("protectedServers")) {
            computer(ps.path("name").asText(null), null);
            computer(ps.path("agent").path("attachedTo").asText(null), null);
        }
        // The computer of the MABS database: the MABS server itself, or a remote SQL Server.
        computer(doc.path("platform").path("sqlServer").path("machineName").asText(null), null);
        for (JsonNode dpm : doc.path("externalDpmServers")) {
            computer(dpm.path("name").asText(null), null);
        }
        for (String section : List.of("alerts", "failedJobs")) {
            for (JsonNode item : doc.path(section)) {
                computer(item.path("protectedServer").asText(null), null);
            }
        }
        for (JsonNode group : doc.path("protectionGroups")) {
            for (JsonNode source : group.path("dataSources")) {
                computer(source.path("protectedServer").asText(null), null);
            }
        }
        hosts(doc);
        // The name the vault knows the server by: a computer name like the others (MARS-07 compares it).
        computer(doc.path("azure").path("registeredServer").path("name").asText(null), null);
        for (String field : List.of("vaultName", "credentialsFileVaultName")) {
            String vault = doc.path("vault").path(field).asText(null);
            if (vault != null && !vault.isBlank()) {
                literals.put(vault, placeholder("vault", vault));
            }
        }
        String smtpUser = doc.path("notifications").path("smtpUserName").asText(null);
        if (smtpUser != null && !smtpUser.isBlank() && !EMAIL.matcher(smtpUser).matches()) {
            int slash = smtpUser.indexOf('\\');
            String user = slash < 0 ? smtpUser : smtpUser.substring(slash + 1);
            if (slash > 0) {
                literals.put(smtpUser.substring(0, slash) + "\\", placeholder("domain", smtpUser.substring(0, slash)).toUpperCase(Locale.ROOT) + "\\");
            }
            literals.put(user, placeholder("user", user));
        }
    }

    /** Every {@code host} field, at any depth, names a computer. */
    private void hosts(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode host = o.get("host");
            if (host != null && host.isTextual()) {
                computer(host.asText(), null);
            }
            o.elements().forEachRemaining(this::hosts);
        } else if (node instanceof ArrayNode a) {
            a.forEach(this::hosts);
        }
    }

    private void learnDomain(String domain) {
        String d = domain.strip();
        String fake = placeholder("domain", d.toLowerCase(Locale.ROOT)) + ".example";
        literals.put(d, fake);
        // The NetBIOS name of an Active Directory domain is usually its first label, before the backslash of an account name.
        int dot = d.indexOf('.');
        if (dot > 0) {
            String netbios = d.substring(0, dot);
            literals.put(netbios + "\\", fake.substring(0, fake.indexOf('.')).toUpperCase(Locale.ROOT) + "\\");
        }
    }

    /** A computer's short name and, if it has one, its domain get their placeholders. */
    private void computer(String name, String role) {
        if (name == null || name.isBlank()) {
            return;
        }
        String n = name.strip();
        int dot = n.indexOf('.');
        String shortName = dot < 0 ? n : n.substring(0, dot);
        if (dot > 0) {
            learnDomain(n.substring(dot + 1));
        }
        String key = "computer:" + shortName.toLowerCase(Locale.ROOT);
        String fake = placeholders.get(key);
        if (fake == null) {
            fake = role != null ? role : next("server");
            placeholders.put(key, fake);
        }
        literals.put(shortName, fake);
    }

    /** The root certification authorities the TLS article lists for Azure's endpoints (SHA-1 thumbprints). */
    private static final Set<String> PUBLIC_AZURE_ROOTS = Set.of(
            "df3c24f9bfd666761b268073fe06d1cc8d4f82a4", "a8985d3a65e5e5c4b2d7d66d40c6dd2fb19c5436",
            "73a5e64a3bff8316ff0edccc618a906e4eae4d74", "999a64c37ff47d9fab95f14769891460eec4c3c5",
            "58e8abb0361533fb80f79b1b6d29d3ff8d5f00f0", "d4de20d05e66fc53fe1a50882c78db2852cae474");

    /** Values that are an identifier as a whole: ids, thumbprints, policy names. */
    private void redactFields(ObjectNode doc) {
        for (JsonNode cert : doc.path("certificates")) {
            String thumbprint = cert.path("thumbprint").asText(null);
            // The public roots Azure chains to name no one, and TLS-03 looks for them by thumbprint.
            boolean publicRoot = thumbprint != null && PUBLIC_AZURE_ROOTS.contains(thumbprint.toLowerCase(Locale.ROOT));
            if (thumbprint != null && !publicRoot && THUMBPRINT.matcher(thumbprint).matches()) {
                ((ObjectNode) cert).put("thumbprint", placeholder("id", thumbprint.toLowerCase(Locale.ROOT)));
            }
            // A company's certification authority names the company; Microsoft's and the vault tools' own do not.
            String issuer = cert.path("issuer").asText(null);
            if (issuer != null && !issuer.contains("Windows Azure Tools") && !issuer.contains("Microsoft")) {
                ((ObjectNode) cert).put("issuer", "CN=" + placeholder("issuer", issuer));
            }
        }
        for (JsonNode gpo : doc.path("groupPolicies")) {
            String name = gpo.path("name").asText(null);
            if (name != null && !LOCAL_POLICIES.contains(name.strip().toLowerCase(Locale.ROOT))) {
                ((ObjectNode) gpo).put("name", placeholder("policy", name));
            }
        }
        JsonNode vault = doc.path("vault");
        // A vault id that is a GUID is replaced with the other GUIDs, wherever it appears.
        if (vault instanceof ObjectNode v && v.hasNonNull("vaultId") && !GUID.matcher(v.get("vaultId").asText()).matches()) {
            v.put("vaultId", placeholder("id", v.get("vaultId").asText().toLowerCase(Locale.ROOT)));
        }
        for (JsonNode dpm : doc.path("externalDpmServers")) {
            if (dpm instanceof ObjectNode o && o.hasNonNull("vaultId") && !GUID.matcher(o.get("vaultId").asText()).matches()) {
                o.put("vaultId", placeholder("id", o.get("vaultId").asText().toLowerCase(Locale.ROOT)));
            }
        }
    }

    /** Replaces, in every text of the document, the names learnt, GUIDs, e-mail addresses and profile folders. */
    private void walk(JsonNode node, List<Map.Entry<String, String>> names) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getValue().isTextual() && !f.getKey().equals("schemaVersion")) {
                    f.setValue(TextNode.valueOf(text(f.getValue().asText(), names)));
                } else {
                    walk(f.getValue(), names);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    a.set(i, TextNode.valueOf(text(a.get(i).asText(), names)));
                } else {
                    walk(a.get(i), names);
                }
            }
        }
    }

    private String text(String s, List<Map.Entry<String, String>> names) {
        String out = replace(GUID, s, m -> guid(m.group()));
        out = replace(EMAIL, out, m -> placeholder("user", m.group().toLowerCase(Locale.ROOT)) + "@example.invalid");
        out = replace(PROFILE, out, m -> SYSTEM_PROFILES.contains(m.group(2).toLowerCase(Locale.ROOT)) ? m.group()
                : m.group(1) + placeholder("user", m.group(2).toLowerCase(Locale.ROOT)));
        for (Map.Entry<String, String> name : names) {
            String key = name.getKey();
            // A name counts only as a whole word: "FS01" is not replaced inside "FS010" (but is before "_", as in a file name).
            String before = Character.isLetterOrDigit(key.charAt(0)) ? "(?<![\\p{L}\\p{N}-])" : "";
            String after = Character.isLetterOrDigit(key.charAt(key.length() - 1)) ? "(?![\\p{L}\\p{N}-])" : "";
            Pattern p = Pattern.compile(before + Pattern.quote(key) + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            out = p.matcher(out).replaceAll(Matcher.quoteReplacement(name.getValue()));
        }
        return out;
    }

    private static String replace(Pattern pattern, String s, java.util.function.Function<Matcher, String> by) {
        Matcher m = pattern.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(by.apply(m)));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * GUIDs of the product itself, the same on every MABS server, which rules read by name: the job
     * type of online backups names a registry value of the task controller (V4-09).
     */
    private static final Set<String> PRODUCT_GUIDS = Set.of("6e7c76f4-a832-4418-a772-8e58fd7466cb");

    /** The stable stand-in of a GUID: another GUID, numbered, in the case of the original; a GUID of the product is kept. */
    private String guid(String original) {
        if (PRODUCT_GUIDS.contains(original.toLowerCase(Locale.ROOT))) {
            return original;
        }
        String fake = placeholders.computeIfAbsent("guid:" + original.toLowerCase(Locale.ROOT),
                k -> String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", counters.merge("guid", 1, Integer::sum)));
        return Character.isUpperCase(original.chars().filter(Character::isLetter).findFirst().orElse('a')) ? fake.toUpperCase(Locale.ROOT) : fake;
    }

    /** The stable placeholder of a value of a kind: the same value always gets the same one. */
    private String placeholder(String kind, String value) {
        return placeholders.computeIfAbsent(kind + ":" + value, k -> next(kind));
    }

    private String next(String kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return kind + "-" + n;
    }
}
