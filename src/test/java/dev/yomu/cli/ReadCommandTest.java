package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.article.ArticleLibrary;
import dev.yomu.store.Database;
import dev.yomu.testing.Cli;
import dev.yomu.testing.Cli.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCommandTest {
    @TempDir
    Path home;
    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = Cli.seeded(home);
    }

    /** Reading an article makes it the one the learner is working on, once its text has been shown. */
    @Test
    void readingAnArticleMakesItTheOneBeingStudied() {
        try (Database db = Database.open(home)) {
            assertThat(new ArticleLibrary(db).lastStudied()).isEmpty();
        }
        assertThat(cli.run("read", "2", "--plain").out()).isNotBlank();
        try (Database db = Database.open(home)) {
            assertThat(new ArticleLibrary(db).lastStudied()).contains(2L);
        }
    }

    /** Article 1 writes its own asides in parentheses (計画(撤退…)), so readings go in 《》 there. */
    @Test
    void readingsBesideTheTextsOwnParenthesesUseOtherBrackets() {
        assertThat(cli.run("read", "1", "--plain", "--furigana", "all").out()).contains("計画《けいかく》(撤退《てったい》");
    }

    @Test
    void plainPrintsTheTitleThenParagraphsWithFuriganaForUnknownWords() {
        Result r = cli.run("read", "1", "--plain");
        assertThat(r.status()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("米国、タリバンとの交渉内容を同盟国と共有したり調整することは行っていないと認める");
        assertThat(lines[1]).isEmpty();
        assertThat(r.out()).contains("同盟国《どうめいこく》").contains("行《おこな》っていない").doesNotContain("\u001b");
    }

    @Test
    void wordsThatAreNoStudyWordsGetFuriganaTooReadAsTheDictionaryReadsThem() {
        String out = cli.run("read", "1", "--plain").out();
        assertThat(out).contains("我々《われわれ》は").contains("大《おお》きな").contains("何《なん》らかの")
                .contains("数年《すうねん》").contains("20日《はつか》").contains("1日《いちにち》に何度《なんど》も")
                .contains("タリバン側《がわ》").contains("に関《かん》する").contains("169人《ひゃくろくじゅうきゅうにん》の")
                .contains("8月《はちがつ》末《まつ》");
    }

    @Test
    void furiganaOptionChoosesAllOrNone() {
        assertThat(cli.run("read", "1", "--plain", "--furigana", "none").out()).doesNotContain("どうめいこく")
                .contains("同盟国と共有");
        assertThat(cli.run("read", "1", "--plain", "--furigana", "all").out()).contains("同盟国《どうめいこく》");
        Result bad = cli.run("read", "1", "--furigana", "some");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("yomu: --furigana must be unknown, all or none, not 'some'.");
        assertThat(cli.run("read", "1", "--plain", "--furigana", "ALL").out()).as("any case")
                .isEqualTo(cli.run("read", "1", "--plain", "--furigana", "all").out());
    }

    @Test
    void knownWordsLoseTheirFurigana() throws Exception {
        Path list = java.nio.file.Files.writeString(home.resolve("known.txt"), "同盟国\n");
        assertThat(cli.run("known", "import", list.toString()).status()).isZero();
        assertThat(cli.run("read", "1", "--plain").out()).doesNotContain("どうめいこく").contains("同盟国と共有");
    }

    @Test
    void withoutATerminalReadPrintsThePlainText() {
        Result r = cli.run("read", "タリバン");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("同盟国《どうめいこく》");
    }

    @Test
    void anUnknownArticleIsOneLineAndNotFound() {
        Result r = cli.run("read", "no-such-article");
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("yomu: No article matches 'no-such-article'. Run 'yomu articles' to see ids and titles.");
    }

    @Test
    void helpShowsKeysAndExamples() {
        Result r = cli.run("read", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("a add to study").contains("yomu read 2 --plain --furigana all | less");
    }
}
