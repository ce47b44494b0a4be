package org.mabsadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mabsadvisor.bundle.BuiltFacts;
import org.mabsadvisor.bundle.BundleReader;
import org.mabsadvisor.bundle.FactsRedactor;
import org.mabsadvisor.bundle.InvalidBundleException;
import org.mabsadvisor.bundle.SpecProblem;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.facts.InputProblem;
import org.mabsadvisor.facts.InvalidFactsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Works with facts files: builds one from the bundle of the collector. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Work with facts files: build one from the bundle that Collect-MabsFacts.ps1 wrote on a MABS server.",
        subcommands = {FactsCommand.Build.class})
final class FactsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (build)");
    }

    @Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
            description = {
                "Turn the bundle of Collect-MabsFacts.ps1 (its zip, or the folder it was unzipped to) into a facts file "
                + "checked against the schema. An output of the bundle that cannot be used leaves its facts unknown: each "
                + "one is reported on standard error with the file inside the bundle, the line and why."
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  mabs-advisor facts build mabs-facts-MABS01-20261120T081502Z.zip",
                "  mabs-advisor facts build -o mabs01.json mabs-facts-MABS01-20261120T081502Z.zip",
                "  mabs-advisor facts build facts-samples/bundles/healthy",
                "  mabs-advisor facts build --redact -o mabs01-redacted.json mabs-facts-MABS01-20261120T081502Z.zip"
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:the facts were built (outputs that could not be used are reported on standard error)",
                "2:bad usage, or a bundle that cannot be read (not a zip, no or broken manifest.json)",
                "3:internal error of the tool (please report it)",
                "4:the facts could not be written (disk full, standard output closed...)"
            })
    static final class Build implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "BUNDLE", description = "The zip written by Collect-MabsFacts.ps1, or the folder it was unzipped to.")
        Path bundle;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the facts to FILE (atomically) instead of standard output.")
        Path output;

        @Option(names = "--redact", description = {
            "Replace what identifies a person or a resource with stable placeholders: the MABS server's name with",
            "mabs-server, other computer names, DNS domains, user names and profile folders, the vault's name,",
            "e-mail addresses, group policy names, GUIDs and certificate thumbprints. Rules give the same findings."})
        boolean redact;

        @Option(names = "--debug", description = "Show Java stack traces of errors.")
        boolean debug;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                Path same = output == null ? null : FilesRead.of(List.of(bundle)).sameAs(output);
                if (same != null) {
                    err.println("mabs-advisor: --output " + output + (same.equals(bundle) ? " is the bundle" : " is " + same + ", a file of the bundle")
                            + "; refusing to overwrite it");
                    return ExitCodes.INVALID;
                }
                BuiltFacts built = new BundleReader().read(bundle);
                for (SpecProblem p : built.problems()) {
                    err.println("mabs-advisor: not collected: " + p);
                }
                String json = built.json();
                if (redact) {
                    json = FactsRedactor.redact(json);
                    // The redacted facts are checked like any facts file: a placeholder must never make them invalid.
                    new FactsLoader().parse("redacted facts", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                if (output == null) {
                    out.print(json);
                    out.flush();
                } else {
                    AtomicOutput.write(output, json);
                }
                return ExitCodes.OK;
            } catch (InvalidBundleException e) {
                FactsInput.printProblems(err, e);
                return ExitCodes.INVALID;
            } catch (InvalidFactsException e) {
                err.println("mabs-advisor: the facts built from the bundle are not valid:");
                for (InputProblem p : e.problems()) {
                    err.println("  " + p);
                }
                return ExitCodes.INVALID;
            } catch (OutputFailedException e) {
                err.println("mabs-advisor: " + e.getMessage());
                return ExitCodes.OUTPUT_FAILED;
            } catch (IOException e) {
                err.println("mabs-advisor: " + org.mabsadvisor.input.InputFiles.reason(e));
                if (debug) {
                    e.printStackTrace(err);
                }
                return ExitCodes.INVALID;
            }
        }
    }
}
