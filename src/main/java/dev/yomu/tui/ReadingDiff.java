package dev.yomu.tui;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Shows where a typed reading departs from the right one: the differing middle is marked. */
final class ReadingDiff {
    private ReadingDiff() {}

    static AttributedString mark(String typed, String expected, AttributedStyle wrong) {
        int prefix = 0;
        while (prefix < typed.length() && prefix < expected.length() && typed.charAt(prefix) == expected.charAt(prefix))
            prefix++;
        int suffix = 0;
        while (suffix < typed.length() - prefix && suffix < expected.length() - prefix
                && typed.charAt(typed.length() - 1 - suffix) == expected.charAt(expected.length() - 1 - suffix))
            suffix++;
        String middle = typed.substring(prefix, typed.length() - suffix);
        return new AttributedStringBuilder().append(typed.substring(0, prefix))
                .styled(wrong.underline(), middle.isEmpty() ? "_" : middle)
                .append(typed.substring(typed.length() - suffix)).toAttributedString();
    }
}
