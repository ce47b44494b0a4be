package org.mabsadvisor.cli;

import java.io.PrintWriter;
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
        subcommands = {AnalyzeCommand.class, ExplainCommand.class, RulesCommand.class, FactsCommand.class, SchemaCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the --fail-on level",
            "1:findings at or above the --fail-on level",
            "2:bad usage, unreadable or invalid input, policy or rules",
            "3:internal error of the tool (please report it)"
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (analyze, explain, rules, facts, schema)");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code; used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("mabs-advisor: " + e.getMessage());
            err.println("Try 'mabs-advisor " + commandName(e.getCommandLine()) + "--help' for usage.");
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

    private static String commandName(CommandLine commandLine) {
        String name = commandLine.getCommandName();
        return "mabs-advisor".equals(name) ? "" : name + " ";
    }
}
