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
 * Reads the classes compiled from a site rule folder for the methods they call, whatever the
 * source text looked like (an escape, a method reference, a name put together): the method
 * references of each class's constant pool. What ends the process or starts a program is refused,
 * like {@link RuleGuard#FORBIDDEN} in the text, whatever the options. Reflection can still reach
 * them by name at run time; that is what {@code ExitGuard} of the command line is for.
 */
final class CompiledGuard {

    /** Class and method, as the class file names them, that rule code may never call. */
    private static final Set<String> FORBIDDEN = Set.of(
            "java/lang/System.exit", "java/lang/Runtime.exit", "java/lang/Runtime.halt", "java/lang/Runtime.exec",
            "java/lang/Runtime.getRuntime", "java/lang/ProcessBuilder.start", "java/lang/ProcessBuilder.<init>",
            "java/lang/Shutdown.exit", "java/lang/Shutdown.halt");

    private CompiledGuard() {
    }

    /** The problems of a folder's compiled classes: each forbidden call, with the class it is in. */
    static List<RuleProblem> check(String folder, Map<String, byte[]> classes) {
        Set<String> found = new TreeSet<>();
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            try {
                for (String called : calls(c.getValue())) {
                    if (FORBIDDEN.contains(called)) {
                        found.add(called.replace('/', '.') + " (in " + c.getKey() + ")");
                    }
                }
            } catch (IOException | RuntimeException e) {
                found.add("a class that cannot be read (" + c.getKey() + ")");
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (String f : found) {
            problems.add(new RuleProblem(folder, 0, 0, RuleGuard.FORBIDDEN + "the compiled rules call " + f
                    + ": a rule never ends the process nor starts a program"));
        }
        return problems;
    }

    /** Every "owner.name" of the method references of a class file's constant pool. */
    static List<String> calls(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
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
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
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
        List<String> calls = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (methodRef[i] != null) {
                String owner = utf8[classNameIndex[methodRef[i][0]]];
                String name = utf8[nameAndType[methodRef[i][1]][0]];
                calls.add(owner + "." + name);
            }
        }
        return calls;
    }
}
