package org.mabsadvisor.collector;

import java.util.List;
import java.util.stream.Stream;

/** A named node of a PowerShell syntax tree, as the tree-sitter grammar gives it; start and end index the source text. */
record SyntaxNode(String type, String field, int start, int end, int line, List<SyntaxNode> children) {

    SyntaxNode {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** This node and every node below it, depth first. */
    Stream<SyntaxNode> all() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(SyntaxNode::all));
    }

    /** The nodes of a type, in this node and below it. */
    Stream<SyntaxNode> all(String nodeType) {
        return all().filter(n -> n.type.equals(nodeType));
    }

    /** The first child of a type, or null. */
    SyntaxNode child(String nodeType) {
        return children.stream().filter(c -> c.type.equals(nodeType)).findFirst().orElse(null);
    }

    String text(String source) {
        return source.substring(start, end);
    }

    boolean contains(SyntaxNode other) {
        return start <= other.start && other.end <= end;
    }
}
