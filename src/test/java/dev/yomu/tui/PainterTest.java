package dev.yomu.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** Whatever text a screen is given, the painter writes no control sequence but its own. */
class PainterTest {
    @Test
    void storedTextCannotRetitleTheWindowOrMoveTheCursor() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal t = new ExternalTerminal("paint", "xterm-256color", new ByteArrayInputStream(new byte[0]), out,
                StandardCharsets.UTF_8)) {
            t.setSize(new Size(80, 24));
            AttributedString gloss = new AttributedStringBuilder()
                    .styled(AttributedStyle.BOLD, "猫").append("  cat\u001b]0;pwned\u0007\u009b2J\u202e!").toAttributedString();

            new Painter(t).paint(List.of(gloss), 80);
        }
        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).contains("猫", "cat", "]0;pwned2J!").doesNotContain("\u0007", "\u009b", "\u202e", "\u001b]0;");
        assertThat(Painter.printable(new AttributedStringBuilder().styled(AttributedStyle.BOLD, "猫\u001b[31m").toAttributedString()))
                .isEqualTo(new AttributedStringBuilder().styled(AttributedStyle.BOLD, "猫[31m").toAttributedString());
    }
}
