package org.mabsadvisor.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.mabsadvisor.facts.GroupPolicy;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * group-policies: the XML report of {@code gpresult /scope computer /x} (an Rsop document, which
 * gpresult writes in UTF-16). The applied GPOs are the GPO elements of ComputerResults (and
 * UserResults, if any) that are valid, allowed by their filters, not denied and linked where they
 * apply; their Name is the GPO's display name and their Path/Identifier its GUID, or "LocalGPO".
 */
final class GroupPolicyParser implements OutputParser {
    private static final String RSOP = "http://www.microsoft.com/GroupPolicy/Rsop";

    @Override
    public void parse(SpecOutput output, FactsDraft draft) throws UnusableOutputException {
        output.requireSuccess();
        Document doc = read(output.bytes());
        Element root = doc.getDocumentElement();
        if (!"Rsop".equals(root.getLocalName())) {
            throw new UnusableOutputException(1, "not a gpresult report: the root element is " + root.getLocalName() + ", not Rsop");
        }
        List<GroupPolicy> policies = new ArrayList<>();
        for (Element results : children(root)) {
            String scope = switch (results.getLocalName()) {
                case "ComputerResults" -> "computer";
                case "UserResults" -> "user";
                default -> null;
            };
            if (scope == null) {
                continue;
            }
            for (Element gpo : children(results)) {
                if (gpo.getLocalName().equals("GPO") && applied(gpo)) {
                    String name = text(gpo, "Name");
                    if (name == null) {
                        throw new UnusableOutputException(0, "a GPO of " + results.getLocalName() + " has no Name");
                    }
                    Element path = child(gpo, "Path");
                    String id = path == null ? null : text(path, "Identifier");
                    String guid = id != null && id.matches("\\{[0-9A-Fa-f-]{36}\\}") ? id.toUpperCase(Locale.ROOT) : null;
                    if (policies.stream().noneMatch(p -> p.name().equals(name) && p.scope().equals(scope))) {
                        policies.add(new GroupPolicy(name, guid, scope));
                    }
                }
            }
        }
        draft.groupPolicies = policies;
    }

    private static boolean applied(Element gpo) {
        if (isFalse(gpo, "IsValid") || isFalse(gpo, "FilterAllowed") || isFalse(gpo, "Enabled") || "true".equalsIgnoreCase(text(gpo, "AccessDenied"))) {
            return false;
        }
        List<Element> links = children(gpo).stream().filter(e -> e.getLocalName().equals("Link")).toList();
        // A GPO that is listed but not applied through any of its links has AppliedOrder 0 on each.
        return links.isEmpty() || links.stream().anyMatch(l -> !"0".equals(text(l, "AppliedOrder")) && !isFalse(l, "Enabled"));
    }

    private static boolean isFalse(Element e, String name) {
        return "false".equalsIgnoreCase(text(e, name));
    }

    private static Document read(byte[] bytes) throws UnusableOutputException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // The report is input from another machine: no DTD, no external entity, ever.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new UnusableOutputException(Math.max(e.getLineNumber(), 0), "malformed XML: " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new UnusableOutputException(0, "malformed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be configured safely", e);
        }
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && (RSOP.equals(child.getNamespaceURI()) || child.getNamespaceURI() == null
                    || child.getNamespaceURI().startsWith("http://www.microsoft.com/GroupPolicy/"))) {
                out.add(child);
            }
        }
        return out;
    }

    private static Element child(Element e, String name) {
        return children(e).stream().filter(c -> c.getLocalName().equals(name)).findFirst().orElse(null);
    }

    private static String text(Element e, String name) {
        Element c = child(e, name);
        if (c == null) {
            return null;
        }
        String t = c.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }
}
