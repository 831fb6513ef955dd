package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command's --help reads as written prose at 80 columns: summaries are whole sentences (the
 * parent's command list shows only the first line of a description) and no sentence is broken by hand
 * where picocli would wrap it anyway.
 */
class HelpTextTest {
    private static final int WIDTH = 80;

    @TempDir
    Path home;

    private List<CommandLine> allCommands() {
        AppContext ctx = new AppContext(Map.of(), Clock.systemUTC(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        List<CommandLine> out = new ArrayList<>();
        collect(YomuCommand.commandLine(ctx), out);
        return out;
    }

    private static void collect(CommandLine cl, List<CommandLine> out) {
        out.add(cl);
        for (CommandLine sub : cl.getSubcommands().values()) if (!out.contains(sub)) collect(sub, out);
    }

    @Test
    void everySummaryIsOneWholeSentence() {
        List<String> problems = new ArrayList<>();
        for (CommandLine cl : allCommands()) {
            String[] description = cl.getCommandSpec().usageMessage().description();
            String name = cl.getCommandSpec().qualifiedName();
            if (description.length == 0) {
                if (!cl.getCommandSpec().usageMessage().hidden()) problems.add(name + ": no description");
                continue;
            }
            String summary = description[0].strip();
            if (!summary.endsWith(".")) problems.add(name + ": summary is not a whole sentence: " + summary);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noSentenceIsBrokenByHand() {
        List<String> problems = new ArrayList<>();
        for (CommandLine cl : allCommands()) {
            String name = cl.getCommandSpec().qualifiedName();
            String[] d = cl.getCommandSpec().usageMessage().description();
            for (int i = 0; i + 1 < d.length; i++) {
                String line = d[i].stripTrailing();
                String next = d[i + 1];
                // an indented line lines up under the one before (keys, examples): a table, not prose
                boolean prose = !next.isBlank() && !Character.isWhitespace(next.charAt(0));
                boolean continues = prose && Character.isLowerCase(next.charAt(0));
                if (continues && !endsSentence(line)) problems.add(name + ": '" + line + "' / '" + next + "'");
            }
            for (int i = 0; i < d.length; i++) {
                boolean table = d[i].startsWith(" ") || (i + 1 < d.length && d[i + 1].startsWith(" "));
                if (d[i].length() > WIDTH && (table || !endsSentence(d[i])))
                    problems.add(name + ": a line picocli must break: " + d[i]);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean endsSentence(String line) {
        return line.isBlank() || line.endsWith(".") || line.endsWith(":") || line.endsWith(")");
    }

    @Test
    void everyHelpFitsEightyColumns() {
        List<String> problems = new ArrayList<>();
        for (CommandLine cl : allCommands()) {
            cl.setUsageHelpWidth(WIDTH);
            for (String line : cl.getUsageMessage(CommandLine.Help.Ansi.OFF).split("\n"))
                if (line.length() > WIDTH) problems.add(cl.getCommandSpec().qualifiedName() + ": " + line);
        }
        assertThat(problems).isEmpty();
    }
}
