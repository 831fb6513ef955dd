package dev.yomu.tui;

import dev.yomu.reader.WordStatus;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/**
 * How the reader marks word statuses. In colour: unknown yellow, learning cyan, names magenta, known
 * and ignored plain. Monochrome (fewer than 8 colours, or NO_COLOR set): unknown underlined, learning
 * bold, names italic. The selected word is always shown in inverse video, which every terminal has.
 */
public final class ReaderStyles {
    private final boolean colour;

    private ReaderStyles(boolean colour) {
        this.colour = colour;
    }

    public static ReaderStyles colour() {
        return new ReaderStyles(true);
    }

    public static ReaderStyles monochrome() {
        return new ReaderStyles(false);
    }

    /** Colour unless the terminal has fewer than 8 colours or the environment sets NO_COLOR (https://no-color.org). */
    public static ReaderStyles forTerminal(Terminal terminal, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) return monochrome();
        Integer colours = terminal.getNumericCapability(Capability.max_colors);
        return colours != null && colours >= 8 ? colour() : monochrome();
    }

    /** The style of a piece of text: {@code status} null for text that is no word. */
    public AttributedStyle word(WordStatus status, boolean heading, boolean selected) {
        AttributedStyle s = heading ? AttributedStyle.BOLD : AttributedStyle.DEFAULT;
        if (status != null) s = status(s, status);
        return selected ? s.inverse() : s;
    }

    private AttributedStyle status(AttributedStyle s, WordStatus status) {
        if (colour) {
            return switch (status) {
                case UNKNOWN -> s.foreground(AttributedStyle.YELLOW);
                case LEARNING -> s.foreground(AttributedStyle.CYAN);
                case NAME -> s.foreground(AttributedStyle.MAGENTA);
                case KNOWN, IGNORED -> s;
            };
        }
        return switch (status) {
            case UNKNOWN -> s.underline();
            case LEARNING -> s.bold();
            case NAME -> s.italic();
            case KNOWN, IGNORED -> s;
        };
    }

    public AttributedStyle ruby() {
        return AttributedStyle.DEFAULT.faint();
    }

    /** The legend: each status written in its own style. */
    public AttributedString legend() {
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.styled(status(AttributedStyle.DEFAULT, WordStatus.UNKNOWN), "unknown").append(" ");
        b.styled(status(AttributedStyle.DEFAULT, WordStatus.LEARNING), "learning").append(" ");
        b.append("known").append(" ");
        b.styled(status(AttributedStyle.DEFAULT, WordStatus.NAME), "name");
        return b.toAttributedString();
    }
}
