package org.mabsadvisor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the mabs-advisor command line. */
@Command(name = "mabs-advisor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Troubleshooting advisor for Microsoft Azure Backup Server (MABS) and its MARS agent.",
            "Reads facts collected from a MABS server and reports the documented problems they show, "
                + "with the evidence and the actions to take."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the --fail-on level",
            "1:findings at or above the --fail-on level",
            "2:bad usage, unreadable or invalid input, policy or rules",
            "3:internal error of the tool (please report it)",
            "4:the report could not be written (standard output or a file: disk full, closed, broken pipe)"
        })
public final class Main implements Runnable {

    /** A subcommand, made only when it is used or listed. */
    private record Subcommand(String name, Supplier<Object> make) {
    }

    /** The subcommands, in the order help lists them. */
    private static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("analyze", AnalyzeCommand::new),
            new Subcommand("explain", ExplainCommand::new),
            new Subcommand("rules", RulesCommand::new),
            new Subcommand("facts", FactsCommand::new),
            new Subcommand("remediate", RemediateCommand::new),
            new Subcommand("serve", ServeCommand::new),
            new Subcommand("schema", SchemaCommand::new),
            new Subcommand("cache", CacheCommand::new),
            new Subcommand("help", CommandLine.HelpCommand::new));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (analyze, explain, rules, facts, remediate, serve, schema, cache)");
    }

    public static void main(String[] args) {
        ExitGuard guard = ExitGuard.install(System.err);
        StandardOutput stdout = StandardOutput.open();
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, stdout.writer(), err, stdout::reason);
        guard.finished();
        System.exit(code);
    }

    /** The whole command line, every subcommand made: for the shell completion script and the man pages the build writes. */
    public static CommandLine withAllCommands() {
        CommandLine cli = new CommandLine(new Main());
        SUBCOMMANDS.forEach(c -> cli.addSubcommand(c.name(), c.make().get()));
        cli.setUsageHelpAutoWidth(true);
        return cli;
    }

    /** Runs the command line with the given streams and returns the exit code; used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, () -> null);
    }

    /**
     * Runs the command line, then makes sure that what it wrote on standard output got there: a
     * failed write is a message and exit 4, whatever the command's own outcome was (a report that
     * was lost is not a clean run, nor a run with findings). {@code why} tells why it failed, if known.
     */
    static int run(String[] args, PrintWriter out, PrintWriter messages, Supplier<String> why) {
        PrintWriter err = new PrintWriter(new InertWriter(messages), true);
        int code = execute(args, out, err);
        if (out.checkError()) {
            String reason = why.get();
            err.println("mabs-advisor: cannot write to standard output" + (reason != null ? ": " + reason : "")
                    + "; what it should have received is lost");
            err.flush();
            return ExitCodes.OUTPUT_FAILED;
        }
        err.flush();
        return code;
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean named = args.length > 0 && SUBCOMMANDS.stream().anyMatch(c -> !c.name().equals("help") && c.name().equals(args[0]));
        // Loading the rules is most of a one-server run: it starts before the command line is parsed.
        RulesLoading ahead = named && args[0].equals("analyze") ? RuleOptions.ahead(args) : null;
        CommandLine cli = new CommandLine(new Main());
        // Picocli builds the model of every command it is given, which a one-server run pays at each
        // start: only the command named is added, or all of them when none is (help, usage errors).
        for (Subcommand c : SUBCOMMANDS) {
            if (ahead != null && c.name().equals("analyze")) {
                cli.addSubcommand(c.name(), new AnalyzeCommand(ahead));
            } else if (!named || c.name().equals(args[0])) {
                cli.addSubcommand(c.name(), c.make().get());
            }
        }
        // Help fills the terminal's width (80 columns when there is none): descriptions are single
        // strings that picocli wraps, never lines wrapped by hand. Asked only when help is shown.
        cli.setUsageHelpAutoWidth(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("mabs-advisor: " + e.getMessage());
            // The qualified name: 'rules list', not 'list' alone, which is no command of its own.
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.INVALID;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("mabs-advisor: internal error: " + e);
            if (parseResult.hasMatchedOption("--debug")) {
                e.printStackTrace(err);
            } else {
                err.println("Run again with --debug to see where it happened, and please report it.");
            }
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }
}
