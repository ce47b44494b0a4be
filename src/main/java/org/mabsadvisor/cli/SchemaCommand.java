package org.mabsadvisor.cli;

import java.util.concurrent.Callable;
import org.mabsadvisor.facts.FactsLoader;
import org.mabsadvisor.formats.JsonReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the JSON Schema of the facts file, or of the JSON report. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft 2020-12) that facts files must follow, "
            + "with --report the one that JSON reports of one server (analyze --format json) follow, "
            + "or with --fleet-report the one of fleet documents, whose hosts follow the report schema."},
        footerHeading = "%nExamples:%n",
        footer = {"  mabs-advisor schema > facts.schema.json", "  mabs-advisor schema --report > report.schema.json",
            "  mabs-advisor schema --fleet-report > fleet-report.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--report", description = "Print the schema of the JSON report instead of the facts file's.")
    boolean report;

    @Option(names = "--fleet-report", description = "Print the schema of the JSON fleet document (it refers to the report schema by its $id).")
    boolean fleetReport;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String schema = fleetReport ? JsonReport.fleetSchemaText() : report ? JsonReport.schemaText() : FactsLoader.schemaText();
        spec.commandLine().getOut().print(schema);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
