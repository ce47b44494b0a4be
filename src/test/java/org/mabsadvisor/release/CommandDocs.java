package org.mabsadvisor.release;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mabsadvisor.cli.Main;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Run by the build (package phase): {@code CommandDocs FOLDER} writes, from the command definitions
 * themselves, the bash/zsh completion script ({@code completion/mabs-advisor.bash}) and one AsciiDoc
 * man page per command ({@code man/*.adoc}) that the release archive ships. A test class, so that
 * picocli's code generator stays out of the tool's jar.
 */
public final class CommandDocs {
    private CommandDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CommandDocs FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        CommandLine cli = Main.withAllCommands();
        Path completion = Files.createDirectories(folder.resolve("completion")).resolve("mabs-advisor.bash");
        Files.writeString(completion, AutoComplete.bash("mabs-advisor", cli), StandardCharsets.UTF_8);
        List<CommandLine.Model.CommandSpec> specs = new ArrayList<>();
        collect(cli, specs);
        File man = Files.createDirectories(folder.resolve("man")).toFile();
        int status = ManPageGenerator.generateManPage(man, null, new boolean[0], false, specs.toArray(CommandLine.Model.CommandSpec[]::new));
        if (status != 0) {
            System.err.println("the man pages could not be generated: status " + status);
            System.exit(1);
        }
        System.out.println("wrote the completion script and " + specs.size() + " man pages");
    }

    private static void collect(CommandLine cli, List<CommandLine.Model.CommandSpec> specs) {
        specs.add(cli.getCommandSpec());
        cli.getSubcommands().values().forEach(sub -> collect(sub, specs));
    }
}
