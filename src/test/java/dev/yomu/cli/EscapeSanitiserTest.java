package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from files, the dictionary and the command line never carries a control sequence to the
 * terminal: ESC (CSI, OSC), the C1 forms CSI U+009B and OSC U+009D, BEL and a bidi override are fed
 * through each route, and the bytes Yomu prints are checked.
 */
class EscapeSanitiserTest {
    /** Retitles the window, turns text red, rings the bell and reverses the line, in every form. */
    static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[31m\u009b2J\u009d0;x\u0007\u202eevil";

    @TempDir Path home;

    private static void assertClean(Cli.Result r) {
        for (String stream : new String[] {r.out(), r.err()})
            assertThat(stream).doesNotContain("\u001b", "\u009b", "\u009d", "\u0007", "\u202e");
    }

    @Test
    void anArgumentEchoedInAnErrorIsCleaned() {
        Cli.Result r = Cli.seeded(home).run("read", "nosuch" + HOSTILE);
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("nosuch");
        assertClean(r);
    }

    @Test
    void aFileNameInAnErrorIsCleaned() {
        Cli.Result r = Cli.seeded(home).run("import", home.resolve("missing" + HOSTILE + ".txt").toString());
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("missing");
        assertClean(r);
    }

    @Test
    void aQuizFileAndItsErrorLineAreCleaned() throws Exception {
        Cli cli = Cli.seeded(home);
        Path good = Files.writeString(home.resolve("good.quiz"), "question: どれか" + HOSTILE + "。\n"
                + "choice: 一" + HOSTILE + "\nchoice: 二\nchoice: 三\nchoice: 四\nanswer: 1\n");
        Cli.Result printed = cli.run("quiz", "2", "--kind", "comprehension", "--questions", good.toString(), "--print");
        assertThat(printed.status()).as(printed.err()).isZero();
        assertThat(printed.out()).contains("どれか");
        assertClean(printed);

        Path bad = Files.writeString(home.resolve("bad.quiz"), "question" + HOSTILE + "\n");
        Cli.Result refused = cli.run("quiz", "2", "--questions", bad.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertClean(refused);
    }

    @Test
    void aGlossFromAnImportedDictionaryIsCleaned() throws Exception {
        Cli cli = Cli.seeded(home);
        Path edict = home.resolve("tiny.edict");
        Files.write(edict, ("\u3000？？？ /EDICT test/\n猫 [ねこ] /(n) cat" + HOSTILE + "/EntL1/\n")
                .getBytes(Charset.forName("EUC-JP")));
        Cli.Result imported = cli.run("dict", "import", edict.toString(), "--yes", "--force");
        assertThat(imported.status()).as(imported.err()).isZero();

        Cli.Result looked = cli.run("dict", "lookup", "猫");
        assertThat(looked.out()).contains("cat");
        assertClean(looked);
    }
}
