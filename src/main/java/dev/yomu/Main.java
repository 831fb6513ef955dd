package dev.yomu;

import dev.yomu.cli.AppContext;
import dev.yomu.cli.YomuCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** The only wiring point: builds the context, runs the command line, exits with its status. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status;
        try (AppContext ctx = new AppContext(System.getenv(), Clock.systemDefaultZone(), out, err)) {
            status = YomuCommand.run(ctx, args);
        }
        System.exit(status);
    }
}
