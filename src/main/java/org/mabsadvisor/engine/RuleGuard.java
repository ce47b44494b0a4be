package org.mabsadvisor.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Flags what a rule file should not do: import from outside an allow-list, end or start processes,
 * read or change the process environment, touch files, the network or threads, use reflection, or
 * write to the tool's own output. It reads the parser's descriptors (imports, globals, functions,
 * conditions, consequences) with string literals and comments blanked out, so a message that
 * quotes the word "File" is not flagged.
 *
 * <p>This is a guard against mistakes, not a sandbox: DRL is Java, Drools 10 has no sandbox, and a
 * determined author can get past any such check. Rule folders remain trusted code.
 */
final class RuleGuard {

    /** Prefix of every problem this guard reports, so that people and tools can tell them apart. */
    static final String PREFIX = "unsafe: ";

    /**
     * Prefix of what no option lets through (--allow-unsafe-rules included): ending the process,
     * which would end a run with the exit code of the rule's choosing and no report, and unicode
     * escapes, which Java reads as the characters they stand for, anywhere, and so hide any code
     * from a reader and from the checks on the text.
     */
    static final String FORBIDDEN = "forbidden: ";

    /** A unicode escape as Java reads it: a backslash (not itself escaped), one or more u, four hex digits. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u+[0-9A-Fa-f]{4}");

    /** What ends the process: never allowed. */
    private static final Pattern ENDS_PROCESS = Pattern.compile("\\b(?:System|Runtime)\\s*(?:\\.|::)\\s*(?:exit|halt|getRuntime)\\b");

    /** Packages a rule file may import from (classes or *). */
    private static final Set<String> ALLOWED_PACKAGES = Set.of(
            "org.mabsadvisor.facts", "org.mabsadvisor.policy", "org.mabsadvisor.rules", "org.mabsadvisor.errors",
            "java.util", "java.util.function", "java.util.stream", "java.util.regex",
            "java.time", "java.time.format", "java.time.temporal", "java.math", "java.text");

    /** Classes of java.lang worth importing explicitly; the rest of java.lang is not on the list. */
    private static final Set<String> ALLOWED_JAVA_LANG = Set.of(
            "Math", "StrictMath", "String", "StringBuilder", "CharSequence", "Character", "Boolean",
            "Byte", "Short", "Integer", "Long", "Float", "Double", "Number", "Comparable", "Iterable", "Enum");

    private static final String ALLOW_LIST = "org.mabsadvisor.facts, .policy, .rules, .errors, java.util, java.time, java.math, "
            + "java.text, java.lang.Math and the like";

    /** Something a rule should not do, recognised in code; {@code $1} in the text is the matched name. */
    private record Hazard(Pattern pattern, String text) {
        Hazard(String regex, String text) {
            this(Pattern.compile(regex), text);
        }
    }

    private static final List<Hazard> HAZARDS = List.of(
            new Hazard("\\bSystem\\s*\\.\\s*exit\\b", "System.exit ends the whole process"),
            new Hazard("\\b(Runtime)\\b", "Runtime can run programs and stop the process"),
            new Hazard("\\b(ProcessBuilder|ProcessHandle)\\b", "$1 starts or controls processes"),
            new Hazard("\\bSystem\\s*\\.\\s*(getenv|getProperty|getProperties|setProperty|setProperties|clearProperty"
                    + "|setIn|setOut|setErr|setSecurityManager|load|loadLibrary|console)\\b",
                    "System.$1 reads or changes the environment of the process; rules read facts"),
            new Hazard("\\bSystem\\s*\\.\\s*(out|err|in)\\b",
                    "System.$1 mixes with the tool's own input and output; analyze --trace shows what fired"),
            new Hazard("\\bjava\\s*\\.\\s*(io|nio)\\b", "java.$1 reaches files and streams"),
            new Hazard("\\b(File|Files|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile"
                    + "|FileSystem|FileSystems|Paths)\\b", "$1 reaches files"),
            new Hazard("\\bPath\\s*\\.\\s*of\\b", "Path.of reaches files"),
            new Hazard("\\bjava\\s*\\.\\s*net\\b", "java.net reaches the network"),
            new Hazard("\\b(Socket|ServerSocket|DatagramSocket|URL|URLConnection|HttpURLConnection|HttpClient"
                    + "|InetAddress)\\b", "$1 reaches the network"),
            new Hazard("\\bjava\\s*\\.\\s*util\\s*\\.\\s*concurrent\\b", "java.util.concurrent runs threads"),
            new Hazard("\\b(Thread|ThreadGroup|Executors|ExecutorService|ForkJoinPool|CompletableFuture|Timer)\\b",
                    "$1 runs threads"),
            new Hazard("\\bClass\\s*\\.\\s*forName\\b", "Class.forName is reflection"),
            new Hazard("\\.\\s*(getDeclared\\w*|setAccessible|getMethods?|getFields?|getConstructors?|newInstance"
                    + "|getClassLoader)\\b", "$1 is reflection"),
            new Hazard("\\bjava\\s*\\.\\s*lang\\s*\\.\\s*(reflect|invoke)\\b", "java.lang.$1 is reflection"),
            new Hazard("\\b(ClassLoader|MethodHandles|MethodHandle)\\b", "$1 is reflection"),
            new Hazard("\\b(javax\\s*\\.\\s*script|sun\\s*\\.\\s*misc|jdk\\s*\\.\\s*internal)\\b",
                    "$1 is outside what rules may use"),
            // Found by a tester: each runs code, reaches files or the network by a door the lines above did not name.
            new Hazard("\\bjava\\s*\\.\\s*(beans|rmi|sql|awt|lang\\s*\\.\\s*management|security)\\b", "java.$1 is outside what rules may use"),
            new Hazard("\\bjava\\s*\\.\\s*util\\s*\\.\\s*(zip|jar|logging|prefs|spi)\\b", "java.util.$1 reaches files or the system"),
            new Hazard("\\bjavax\\s*\\.\\s*(naming|management|xml|sql|rmi|tools)\\b", "javax.$1 is outside what rules may use"),
            new Hazard("\\b(Statement|Expression|XMLDecoder|XMLEncoder|EventHandler|InitialContext|InitialDirContext|Naming"
                    + "|LocateRegistry|Registry|UnicastRemoteObject|FileHandler|SocketHandler|StreamHandler|ZipFile|JarFile"
                    + "|ZipInputStream|ZipOutputStream|DriverManager|ServiceLoader|ScriptEngineManager|Unsafe)\\b",
                    "$1 runs code or reaches files, the network or the system"));

    private final String file;
    private final String source;
    private final int[] lineStarts;
    private final List<RuleProblem> problems = new ArrayList<>();

    private RuleGuard(String file, String source) {
        this.file = file;
        this.source = source;
        this.lineStarts = lineStarts(source);
    }

    /** Every problem of one parsed file, located in {@code source}, its text. */
    static List<RuleProblem> check(String file, String source, PackageDescr pkg) {
        RuleGuard guard = new RuleGuard(file, source);
        guard.forbidden();
        guard.imports(pkg);
        for (GlobalDescr global : pkg.getGlobals()) {
            guard.scan(global.getType(), global, "in global " + global.getIdentifier());
        }
        for (FunctionDescr function : pkg.getFunctions()) {
            guard.scan(function.getBody(), function, "in function " + function.getName());
        }
        for (RuleDescr rule : pkg.getRules()) {
            guard.rule(rule);
        }
        guard.problems.sort(Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
        return guard.problems;
    }

    /**
     * What is refused whatever the options: unicode escapes anywhere in the file (even in a comment
     * or a string: Java unescapes them first, so "\\u000A" ends a comment and "\\u0022" a string),
     * and whatever ends the process, in the file's code.
     */
    private void forbidden() {
        Matcher escape = UNICODE_ESCAPE.matcher(source);
        int shown = 0;
        while (escape.find() && shown++ < 5) {
            int[] at = position(escape.end() - 6);
            problems.add(new RuleProblem(file, at[0], at[1], FORBIDDEN + "the unicode escape " + source.substring(escape.end() - 6, escape.end())
                    + ": Java reads it as the character it stands for, before anything else, so it can hide code; write the character itself"));
        }
        Matcher ends = ENDS_PROCESS.matcher(blankLiteralsAndComments(source));
        while (ends.find()) {
            int[] at = position(ends.start());
            problems.add(new RuleProblem(file, at[0], at[1], FORBIDDEN + ends.group().replaceAll("\\s+", "")
                    + " can end the process: a rule never decides when the tool stops, nor its exit code"));
        }
    }

    private void imports(PackageDescr pkg) {
        List<ImportDescr> all = new ArrayList<>(pkg.getImports());
        all.addAll(pkg.getFunctionImports());
        all.addAll(pkg.getAccumulateImports());
        for (ImportDescr imp : all) {
            String target = imp.getTarget() == null ? "" : imp.getTarget().trim();
            if (!allowedImport(target, pkg.getName())) {
                problems.add(new RuleProblem(file, imp.getLine(), imp.getColumn() + 1,
                        PREFIX + "import " + target + " is outside the allow-list (" + ALLOW_LIST + ")"));
            }
        }
    }

    /** True when the import names a class (or *, or a function of a class) of an allowed package, or of the file's own package. */
    private static boolean allowedImport(String target, String ownPackage) {
        List<String> segments = Arrays.asList(target.split("\\."));
        int firstClass = 0;
        while (firstClass < segments.size() && !segments.get(firstClass).equals("*")
                && !segments.get(firstClass).isEmpty() && Character.isLowerCase(segments.get(firstClass).charAt(0))) {
            firstClass++;
        }
        String pkg = String.join(".", segments.subList(0, firstClass));
        if (pkg.equals(ownPackage) || ALLOWED_PACKAGES.contains(pkg)) {
            return true;
        }
        return pkg.equals("java.lang") && firstClass < segments.size() && ALLOWED_JAVA_LANG.contains(segments.get(firstClass));
    }

    private void rule(RuleDescr rule) {
        String where = "rule \"" + rule.getName() + "\"";
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            scan(attribute.getValue(), rule, "in the " + attribute.getName() + " of " + where);
        }
        condition(rule.getLhs(), rule, "in a condition of " + where);
        if (rule.getConsequence() != null) {
            scanFrom(String.valueOf(rule.getConsequence()), rule.getConsequenceLine(), 0, "in the consequence of " + where);
        }
        for (Map.Entry<String, Object> named : rule.getNamedConsequences().entrySet()) {
            scan(String.valueOf(named.getValue()), rule, "in consequence " + named.getKey() + " of " + where);
        }
    }

    /** Walks the conditions: patterns and their constraints, eval, from, accumulate, collect, and the logical elements. */
    private void condition(BaseDescr descr, BaseDescr around, String where) {
        if (descr == null) {
            return;
        }
        BaseDescr at = descr.getLine() > 0 ? descr : around;
        if (descr instanceof ExprConstraintDescr constraint) {
            scan(constraint.getExpression(), at, where);
        } else if (descr instanceof EvalDescr eval) {
            scan(String.valueOf(eval.getContent()), at, where);
        } else if (descr instanceof PatternDescr pattern) {
            condition(pattern.getConstraint() instanceof BaseDescr constraints ? constraints : null, at, where);
            condition(pattern.getSource(), at, where);
        } else if (descr instanceof FromDescr from) {
            scan(from.getExpression(), at, where);
        } else if (descr instanceof AccumulateDescr accumulate) {
            condition(accumulate.getInput(), at, where);
            for (String code : new String[] {accumulate.getInitCode(), accumulate.getActionCode(),
                    accumulate.getReverseCode(), accumulate.getResultCode()}) {
                scan(code, at, where);
            }
            for (AccumulateDescr.AccumulateFunctionCallDescr call : accumulate.getFunctions()) {
                for (String parameter : call.getParams()) {
                    scan(parameter, at, where);
                }
            }
        } else if (descr instanceof CollectDescr collect) {
            condition(collect.getInputPattern(), at, where);
        } else if (descr instanceof ConditionalBranchDescr branch) {
            condition(branch.getCondition(), at, where);
            condition(branch.getElseBranch(), at, where);
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr nested : element.getDescrs()) {
                condition(nested, at, where);
            }
        } else {
            scan(descr.getText(), at, where);
        }
    }

    private void scan(String code, BaseDescr at, String where) {
        scanFrom(code, at.getLine(), Math.max(0, at.getColumn()), where);
    }

    /**
     * Looks for hazards in a piece of code the parser gave, found in the source from the
     * descriptor's position onwards so that each problem points at the exact line and column.
     */
    private void scanFrom(String code, int line, int column, String where) {
        if (code == null || code.isBlank()) {
            return;
        }
        int from = offset(line, column);
        int base = source.indexOf(code, from);
        boolean located = base >= 0;
        String text = blankLiteralsAndComments(code);
        List<int[]> hits = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Hazard hazard : HAZARDS) {
            Matcher m = hazard.pattern().matcher(text);
            while (m.find()) {
                int start = m.group().startsWith(".") ? m.start(1) : m.start();
                hits.add(new int[] {start, hits.size()});
                texts.add(m.groupCount() > 0 && m.group(1) != null
                        ? hazard.text().replace("$1", m.group(1).replaceAll("\\s+", "")) : hazard.text());
            }
        }
        hits.sort(Comparator.comparingInt(h -> h[0]));
        int coveredUntil = -1;
        for (int[] hit : hits) {
            if (hit[0] < coveredUntil) {
                continue;
            }
            // One problem per qualified name: java.io.File is not also reported as File.
            coveredUntil = endOfQualifiedName(text, hit[0]);
            int[] position = position(located ? base + hit[0] : from);
            problems.add(new RuleProblem(file, position[0], position[1], PREFIX + texts.get(hit[1]) + ", " + where));
        }
    }

    private static int endOfQualifiedName(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.'
                || Character.isWhitespace(text.charAt(i)) && i + 1 < text.length() && text.charAt(i + 1) == '.')) {
            i++;
        }
        return i;
    }

    /** The code with the contents of string and character literals and of comments replaced by blanks, lines kept. */
    static String blankLiteralsAndComments(String code) {
        StringBuilder out = new StringBuilder(code);
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                int end = code.indexOf('\n', i);
                i = blank(out, i, end < 0 ? code.length() : end);
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = blank(out, i, end < 0 ? code.length() : end + 2);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c) {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                blank(out, i + 1, Math.min(j, code.length()));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int blank(StringBuilder out, int from, int to) {
        for (int k = from; k < to; k++) {
            if (out.charAt(k) != '\n') {
                out.setCharAt(k, ' ');
            }
        }
        return to;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Offset of a 1-based line and 0-based column; the start of the text when the line is unknown. */
    private int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return 0;
        }
        return Math.min(source.length(), lineStarts[line - 1] + column);
    }

    /** 1-based line and column of an offset. */
    private int[] position(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new int[] {line + 1, offset - lineStarts[line] + 1};
    }
}
