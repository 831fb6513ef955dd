package dev.yomu.cli;

import dev.yomu.dict.LazyLexicon;
import dev.yomu.reader.FuriganaMode;
import dev.yomu.reader.PlainText;
import dev.yomu.reader.ReaderService;
import dev.yomu.reader.ReadingState;
import dev.yomu.support.ExitCodes;
import dev.yomu.tui.ReaderScreen;
import dev.yomu.tui.ReaderStyles;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Read an article full screen, with furigana and a word cursor.", "",
                "Keys: ←/→ or h/l word · ↑/↓ line · space/b or PgDn/PgUp page",
                "      Ctrl-E/Ctrl-Y line · g/G first/last word",
                "      a add to study · k known · i ignore (press k or i again to undo)",
                "      f furigana unknown/all/none · / search, n again · q or Ctrl-D quit",
                "Your place in each article is remembered.",
                "Output that is not a terminal (or --plain) gets the text with readings.", "",
                "Examples: yomu read 1", "          yomu read タリバン", "          yomu read 2 --plain --furigana all | less"})
final class ReadCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Parameters(paramLabel = "ARTICLE", description = "The article's id or a part of its title that only one article has.")
    String article;

    @Option(names = "--plain", description = "Print the text with readings to stdout, no screen (for pipes).")
    boolean plain;

    @Option(names = "--furigana", paramLabel = "MODE", defaultValue = "unknown",
            description = "Which words get readings: unknown (default), all or none.")
    FuriganaMode furigana;

    ReadCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        FuriganaMode mode = furigana;
        // The text is drawn without the dictionary (it explains the word under the cursor), so the
        // first page does not wait for it to open; the screen will want it at once, hence the head start.
        Services services = new Services(ctx);
        LazyLexicon dictionary = new LazyLexicon(services::dictionary);
        if (!plain && TerminalChoice.mayBeFullScreen()) dictionary.openInBackground();
        ReaderService service = new ReaderService(ctx.db(), Study.of(ctx).reviewService(ctx), ctx.clock(), dictionary);
        ReaderService.Opened opened = service.open(article);
        ReadingState state = new ReadingState(opened.words());
        if (plain) return printPlain(service, opened, state, mode);
        // line by line, the reader has nothing to ask: it prints the text with readings
        TerminalChoice.run(in -> printPlain(service, opened, state, mode), terminal -> new ReaderScreen(terminal, service,
                opened.document(), state, ReaderStyles.forTerminal(terminal, ctx.env()), mode, ctx.clock(),
                service.position(opened.document().articleId())).run());
        return ExitCodes.OK;
    }

    private int printPlain(ReaderService service, ReaderService.Opened opened, ReadingState state, FuriganaMode mode) {
        PlainText.write(opened.document(), state.statuses(), mode, line -> {
            ctx.out().println(line);
            ctx.out().flush(); // a pager shows the first page while the rest is made
        });
        service.markStudied(opened.document().articleId());
        return ExitCodes.OK;
    }
}
