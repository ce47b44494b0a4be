package org.mabsadvisor.cli;

import java.util.concurrent.Callable;
import org.mabsadvisor.facts.FactsLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints the JSON Schema of the facts file. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) that facts files must follow.")
final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(FactsLoader.schemaText());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
