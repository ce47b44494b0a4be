package org.mabsadvisor.engine;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the classes compiled from a site rule folder for the classes they use and the methods they
 * call, whatever the source text looked like (an escape, a method reference, a name put together):
 * the constant pool of each class file. Two checks:
 *
 * <ul>
 * <li>what ends the process or starts a program is refused, like {@link RuleGuard#FORBIDDEN} in
 *     the text, whatever the options;</li>
 * <li>every class used must be on an allow-list: the engine, the facts and helpers rules are
 *     written against, the site's own classes, and the plain data and text classes of the JDK.
 *     Anything else (files, network, processes, threads, reflection, class loading, logging
 *     handlers, archives...) is unsafe: refused, or only a warning with --allow-unsafe-rules.</li>
 * </ul>
 *
 * Reflection can still reach forbidden methods by name at run time when unsafe rules are allowed;
 * that is what {@code ExitGuard} of the command line is for.
 */
final class CompiledGuard {

    /** Class and method, as the class file names them, that rule code may never call. */
    private static final Set<String> FORBIDDEN = Set.of(
            "java/lang/System.exit", "java/lang/Runtime.exit", "java/lang/Runtime.halt", "java/lang/Runtime.exec",
            "java/lang/Runtime.getRuntime", "java/lang/ProcessBuilder.start", "java/lang/ProcessBuilder.<init>",
            "java/lang/Shutdown.exit", "java/lang/Shutdown.halt");

    /** Packages (with their sub-packages) whose classes rule code may use. */
    private static final List<String> ALLOWED_PACKAGES = List.of(
            "org/drools/", "org/kie/", "org/mabsadvisor/facts/", "org/mabsadvisor/policy/", "org/mabsadvisor/rules/",
            "org/mabsadvisor/errors/", "java/time/", "java/math/", "java/text/", "java/util/function/", "java/util/stream/",
            "java/util/regex/");

    /** Classes of java.lang and java.util (without their sub-packages) that rule code may use. */
    private static final Set<String> ALLOWED_CLASSES = Set.of(
            "java/lang/Object", "java/lang/String", "java/lang/StringBuilder", "java/lang/StringBuffer", "java/lang/CharSequence",
            "java/lang/Math", "java/lang/StrictMath", "java/lang/Boolean", "java/lang/Byte", "java/lang/Short", "java/lang/Integer",
            "java/lang/Long", "java/lang/Float", "java/lang/Double", "java/lang/Number", "java/lang/Character", "java/lang/Comparable",
            "java/lang/Iterable", "java/lang/Enum", "java/lang/Record", "java/lang/Void", "java/lang/AutoCloseable", "java/lang/Throwable",
            "java/lang/Exception", "java/lang/RuntimeException", "java/lang/IllegalArgumentException", "java/lang/IllegalStateException",
            "java/lang/NullPointerException", "java/lang/ArithmeticException", "java/lang/IndexOutOfBoundsException",
            "java/lang/UnsupportedOperationException", "java/lang/NumberFormatException", "java/lang/ClassCastException",
            "java/lang/Class", "java/lang/System", "java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory",
            "java/lang/invoke/MethodHandles", "java/lang/invoke/MethodHandles$Lookup");

    /** Classes of java.util that are not plain collections: logging, archives, preferences, threads, services. */
    private static final List<String> UNSAFE_UTIL = List.of(
            "java/util/logging/", "java/util/zip/", "java/util/jar/", "java/util/prefs/", "java/util/concurrent/", "java/util/spi/",
            "java/util/ServiceLoader", "java/util/Timer", "java/util/Scanner", "java/util/PropertyResourceBundle",
            "java/util/ResourceBundle", "java/util/Properties");

    /** Of the classes above that also have dangerous methods, the only methods rule code may call. */
    private static final Map<String, Set<String>> ALLOWED_METHODS = Map.of(
            "java/lang/System", Set.of("arraycopy", "identityHashCode", "lineSeparator", "currentTimeMillis", "nanoTime"),
            "java/lang/Class", Set.of("getName", "getSimpleName", "isInstance", "cast", "desiredAssertionStatus", "isEnum"),
            "java/lang/invoke/LambdaMetafactory", Set.of("metafactory", "altMetafactory"),
            "java/lang/invoke/StringConcatFactory", Set.of("makeConcatWithConstants", "makeConcat"),
            "java/lang/invoke/MethodHandles", Set.of(),
            "java/lang/invoke/MethodHandles$Lookup", Set.of());

    private CompiledGuard() {
    }

    /**
     * The problems of a folder's compiled classes: each forbidden call (a {@link RuleGuard#FORBIDDEN}
     * problem), and each class or method outside the allow-list (a {@link RuleGuard#PREFIX} one), with
     * the class it is in.
     */
    static List<RuleProblem> check(String folder, Map<String, byte[]> classes) {
        Set<String> own = new TreeSet<>();
        classes.keySet().forEach(name -> own.add(name.replace('.', '/').replaceAll("\\.class$", "")));
        Set<String> forbidden = new TreeSet<>();
        Set<String> unsafe = new TreeSet<>();
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            try {
                ConstantPool pool = ConstantPool.of(c.getValue());
                for (String called : pool.calls()) {
                    if (FORBIDDEN.contains(called)) {
                        forbidden.add(called.replace('/', '.') + " (in " + c.getKey() + ")");
                    } else if (!allowedCall(called)) {
                        unsafe.add("call " + called.replace('/', '.') + " (in " + c.getKey() + ")");
                    }
                }
                for (String used : pool.classes()) {
                    if (!own.contains(used) && !allowedClass(used)) {
                        unsafe.add("use " + used.replace('/', '.') + " (in " + c.getKey() + ")");
                    }
                }
            } catch (IOException | RuntimeException e) {
                forbidden.add("a class that cannot be read (" + c.getKey() + ")");
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (String f : forbidden) {
            problems.add(new RuleProblem(folder, 0, 0, RuleGuard.FORBIDDEN + "the compiled rules call " + f
                    + ": a rule never ends the process nor starts a program"));
        }
        for (String u : unsafe) {
            problems.add(new RuleProblem(folder, 0, 0, RuleGuard.PREFIX + "the compiled rules " + u
                    + ", outside what rule code may use (the facts, the rule helpers, collections, text, numbers and dates)"));
        }
        return problems;
    }

    /** True when rule code may use the class (an internal name; arrays by their element type). */
    static boolean allowedClass(String internalName) {
        String name = internalName.replaceAll("^\\[+", "");
        if (name.startsWith("L") && name.endsWith(";")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.length() == 1) {
            return true; // an array of a primitive type
        }
        if (ALLOWED_CLASSES.contains(name) || name.matches("java/lang/(Character|Integer|Long|Double|Float|Short|Byte|Boolean|String|Enum)\\$\\w+")) {
            return true;
        }
        for (String p : ALLOWED_PACKAGES) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        if (name.startsWith("java/util/") && name.indexOf('/', "java/util/".length()) < 0) {
            return UNSAFE_UTIL.stream().noneMatch(name::startsWith);
        }
        return false;
    }

    private static boolean allowedCall(String called) {
        int dot = called.lastIndexOf('.');
        Set<String> methods = ALLOWED_METHODS.get(called.substring(0, dot));
        return methods == null || methods.contains(called.substring(dot + 1));
    }

    /** Every "owner.name" of the method references of a class file's constant pool. */
    static List<String> calls(byte[] classFile) throws IOException {
        return ConstantPool.of(classFile).calls();
    }

    /** What a class file's constant pool names: the classes it uses and the methods it calls. */
    private record ConstantPool(List<String> classes, List<String> calls) {

        static ConstantPool of(byte[] classFile) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNameIndex = new int[count];
            List<Integer> classEntries = new ArrayList<>();
            int[][] methodRef = new int[count][];
            int[][] nameAndType = new int[count][];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7 -> {
                        classNameIndex[i] = in.readUnsignedShort();
                        classEntries.add(i);
                    }
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 10, 11 -> methodRef[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    case 9, 17, 18 -> in.readInt();
                    case 12 -> nameAndType[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            List<String> classes = new ArrayList<>();
            for (int i : classEntries) {
                classes.add(utf8[classNameIndex[i]]);
            }
            List<String> calls = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                if (methodRef[i] != null) {
                    String owner = utf8[classNameIndex[methodRef[i][0]]];
                    String name = utf8[nameAndType[methodRef[i][1]][0]];
                    calls.add(owner + "." + name);
                }
            }
            return new ConstantPool(classes, calls);
        }
    }
}
