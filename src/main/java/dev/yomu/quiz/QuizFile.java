package dev.yomu.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written quiz format: plain UTF-8 text, one question per block, blocks separated by blank
 * lines, {@code #} starts a comment line.
 *
 * <pre>
 * question: 筆者がこの記事で最も伝えたいことはどれか。
 * choice: ...
 * choice: ...
 * choice: ...
 * choice: ...
 * answer: 2
 * explanation: 第一段落で…と述べている。
 * evidence: （optional）the sentence of the article the answer rests on
 * </pre>
 *
 * A question has exactly four choices and an answer from 1 to 4. Any mistake is reported with
 * its line number.
 */
public final class QuizFile {
    private QuizFile() {}

    /** A mistake in a quiz file; {@code line} is 1-based. */
    public static final class QuizFileException extends RuntimeException {
        private final int line;

        public QuizFileException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Parses {@code text}; every question is of kind {@link QuestionKind#WRITTEN}. */
    public static List<Question> parse(String text) {
        List<Question> out = new ArrayList<>();
        Builder b = null;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1).strip();
            int no = i + 1;
            if (line.startsWith("#")) continue;
            if (line.isEmpty()) {
                if (b != null) out.add(b.build());
                b = null;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) throw new QuizFileException(no, "expected 'key: value' (question, choice, answer, explanation, evidence), got '" + line + "'");
            String key = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            String value = line.substring(colon + 1).strip().replace("\\n", "\n");
            if (b == null) {
                if (!key.equals("question")) throw new QuizFileException(no, "a question block starts with 'question:', not '" + key + ":'");
                b = new Builder(no);
            }
            b.set(key, value, no);
        }
        if (b != null) out.add(b.build());
        return out;
    }

    private static final class Builder {
        private final int start;
        private String question, explanation = "", evidence = "";
        private final List<String> choices = new ArrayList<>();
        private int answer = -1;

        Builder(int start) {
            this.start = start;
        }

        void set(String key, String value, int no) {
            if (value.isEmpty()) throw new QuizFileException(no, "'" + key + ":' has no text");
            switch (key) {
                case "question" -> {
                    if (question != null) throw new QuizFileException(no, "a second 'question:' in one block; separate questions with a blank line");
                    question = value;
                }
                case "choice" -> {
                    if (choices.size() == 4) throw new QuizFileException(no, "a question has four choices; this is the fifth");
                    choices.add(value);
                }
                case "answer" -> {
                    if (!value.matches("[1-4]")) throw new QuizFileException(no, "answer must be the number of the right choice, 1 to 4, not '" + value + "'");
                    answer = Integer.parseInt(value) - 1;
                }
                case "explanation" -> explanation = value;
                case "evidence" -> evidence = value;
                default -> throw new QuizFileException(no, "unknown key '" + key + "'; use question, choice, answer, explanation or evidence");
            }
        }

        Question build() {
            if (choices.size() != 4) throw new QuizFileException(start, "the question starting here has " + choices.size() + " choices; it needs four");
            if (answer < 0) throw new QuizFileException(start, "the question starting here has no 'answer:' line");
            if (choices.stream().distinct().count() != 4) throw new QuizFileException(start, "the question starting here has two identical choices");
            String ev = evidence.isEmpty() ? explanation : evidence;
            return new Question(QuestionKind.WRITTEN, question, choices, answer, ev.isEmpty() ? question : ev, explanation, 0);
        }
    }
}
