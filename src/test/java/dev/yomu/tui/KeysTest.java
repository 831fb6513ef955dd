package dev.yomu.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys read from a scripted keyboard: sequences in one write are keys, a sequence left unfinished ends. */
class KeysTest {

    private static List<Integer> read(ScriptedTerminal tty) {
        Keys keys = new Keys(tty);
        List<Integer> out = new ArrayList<>();
        for (int key = keys.next(100L); key != Keys.EOF; key = keys.next(100L))
            if (key != Keys.NONE) out.add(key);
        return out;
    }

    @Test
    void aSequenceInOneWriteIsItsKey() throws Exception {
        try (ScriptedTerminal tty = ScriptedTerminal.of(80, 24)) {
            tty.type("\u001b[A").type("A");
            assertThat(read(tty)).containsExactly(Keys.UP, (int) 'A');
        }
    }

    @Test
    void aLoneCsiIsGivenUpAfterTheEscWaitAndTheNextKeyIsItsOwn() throws Exception {
        try (ScriptedTerminal tty = ScriptedTerminal.of(80, 24)) {
            tty.type("\u001b[").idle().type("A");
            assertThat(read(tty)).containsExactly(Keys.OTHER, (int) 'A');
        }
    }

    @Test
    void anUnboundSequenceCutShortIsGivenUpToo() throws Exception {
        try (ScriptedTerminal tty = ScriptedTerminal.of(80, 24)) {
            tty.type("\u001b[15").idle().type("q");
            assertThat(read(tty)).containsExactly(Keys.OTHER, (int) 'q');
        }
    }
}
