package dev.yomu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Options whose values are an enum's constants (--kind, --format, --furigana): picocli converts them,
 * ignoring case, and a value that is none of them gets one line that names every choice in lower case,
 * as the learner types them: "--furigana must be unknown, all or none, not 'some'."
 */
final class EnumOptions {
    private EnumOptions() {}

    /** The line for a value that is no constant of its option's enum, or null for any other problem. */
    static String notOneOf(ParameterException e) {
        ArgSpec arg = e.getArgSpec();
        if (!(arg instanceof OptionSpec option) || !arg.type().isEnum() || e.getValue() == null) return null;
        List<String> choices = new ArrayList<>();
        for (Object constant : arg.type().getEnumConstants())
            choices.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
        String last = choices.remove(choices.size() - 1);
        String listed = choices.isEmpty() ? last : String.join(", ", choices) + " or " + last;
        return option.longestName() + " must be " + listed + ", not '" + e.getValue() + "'.";
    }
}
