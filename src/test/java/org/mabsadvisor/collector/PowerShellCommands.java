package org.mabsadvisor.collector;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a piece of PowerShell runs, read from its syntax tree: the commands with their arguments,
 * the .NET methods it calls, its redirections and variables.
 */
final class PowerShellCommands {

    /** A command and its arguments as written (parameters included, separators left out). */
    record Command(String name, List<String> arguments, int line, SyntaxNode node) {

        /** The argument written after a parameter (-LiteralPath X), or null. */
        String after(String parameter) {
            int i = arguments.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList().indexOf(parameter.toLowerCase(Locale.ROOT));
            return i >= 0 && i + 1 < arguments.size() ? arguments.get(i + 1) : null;
        }
    }

    /** A .NET method call: the type for a static call ([System.IO.File]::WriteAllText), null for an instance call. */
    record MethodCall(String type, String method, String text, int line, SyntaxNode node) {
    }

    private final GrammarText source;

    /** A parsed text and its tree. */
    record GrammarText(String text, SyntaxNode tree) {
    }

    PowerShellCommands(String text, SyntaxNode tree) {
        this.source = new GrammarText(text, tree);
    }

    /** Every command run, with the call operator (&) left out of the name. */
    List<Command> commands() {
        return source.tree().all("command").map(c -> {
            SyntaxNode name = c.children().stream().filter(n -> "command_name".equals(n.field())).findFirst().orElseThrow();
            SyntaxNode elements = c.child("command_elements");
            List<String> args = elements == null ? List.of() : elements.children().stream()
                    .filter(e -> !e.type().equals("command_argument_sep") && !e.type().equals("redirection"))
                    .map(e -> text(e).strip()).toList();
            return new Command(text(name), args, c.line(), c);
        }).toList();
    }

    /** Every method call, static or on an object. */
    List<MethodCall> methodCalls() {
        return source.tree().all("invokation_expression").map(i -> {
            SyntaxNode type = i.children().isEmpty() ? null : i.children().get(0);
            SyntaxNode member = i.child("member_name");
            String typeName = type != null && type.type().equals("type_literal") ? text(type).replaceAll("^\\[|\\]$", "") : null;
            return new MethodCall(typeName, member == null ? "" : text(member), text(i), i.line(), i);
        }).toList();
    }

    /** Redirections to files (>, >>, 2> ...); merging the error stream into the output (2>&1) is not one. */
    List<String> fileRedirections() {
        return source.tree().all("file_redirection_operator").map(r -> r.line() + ": " + text(r)).toList();
    }

    /** The variables read, lower case, without $ (environment variables as env:NAME). */
    Set<String> variables() {
        return source.tree().all("variable").map(v -> text(v).substring(1).toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    /** Nodes of a type. */
    Stream<SyntaxNode> nodes(String type) {
        return source.tree().all(type);
    }

    String text(SyntaxNode node) {
        return node.text(source.text());
    }
}
