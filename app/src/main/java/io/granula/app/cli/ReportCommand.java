package io.granula.app.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder until its issue lands: says so and exits with the usage code. */
@Command(name = "report", description = "(not built yet)")
public final class ReportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'report' is not built yet in this version");
    }
}
