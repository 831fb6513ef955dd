package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Order of events (時系列): which of four dated events came first or last, and the order of three.
 * An event is the clause that holds a year-bearing date, with the date taken out and the clause
 * made to stand alone (1910年5月に最初の区間が完成し、… → 最初の区間が完成した). Two events are
 * ranked only when the text fixes their order: different years, or the same year with two different
 * months, or the same month with two different days.
 */
final class ChronologyQuestions {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{1,2}月");
    private static final java.util.regex.Pattern PAST_END = java.util.regex.Pattern.compile("(?s).*(た|だ)$");
    private static final java.util.regex.Pattern PARTICLE_START = java.util.regex.Pattern.compile("^[はがのをに].*");

    /** A year with an optional month and day; not 1960年代, not a span's end (1922年まで). */
    static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{3,4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?");
    /** What may tie a date to its clause so that taking both out leaves the clause whole. */
    private static final Pattern TIE = Pattern.compile("^(?:には、?|に、?|、)");
    /** Dates that do not place an event at one time, or refer to another one. */
    private static final Pattern VAGUE = Pattern.compile("^(?:代|頃|ごろ|前後|以降|以来|末|初め|初頭|半ば|まで|から|の|は|が|も|より|に入|当時)");
    private static final Pattern RELATIVE = Pattern.compile("同日|同年|同じ年|翌|前年|この年|その年|同月|当時|以来");

    private final QuizSource source;
    private final SplittableRandom rng;

    ChronologyQuestions(QuizSource source, SplittableRandom rng) {
        this.source = source;
        this.rng = rng;
    }

    /** A dated event: year, month, day (0 when not given), its description and its sentence. */
    record Event(int[] when, String what, String sentence) {
        /** Whether the text fixes which of the two came first. */
        boolean ordered(Event o) {
            if (when[0] != o.when[0]) return true;
            if (when[1] == 0 || o.when[1] == 0) return false;
            if (when[1] != o.when[1]) return true;
            return when[2] != 0 && o.when[2] != 0 && when[2] != o.when[2];
        }

        int compareTo(Event o) {
            return Arrays.compare(when, o.when);
        }

        String date() {
            return when[0] + "年" + (when[1] > 0 ? when[1] + "月" : "") + (when[2] > 0 ? when[2] + "日" : "");
        }
    }

    /** Every event the article dates, in text order, one per description. */
    List<Event> events() {
        Map<String, Event> out = new LinkedHashMap<>();
        for (QuizSentence s : source.sentences()) {
            if (s.heading() || !Texts.quotable(s.text(), 200)) continue;
            event(s).ifPresent(e -> out.putIfAbsent(e.what(), e));
        }
        // A description that two dates share is not one event.
        return new ArrayList<>(out.values());
    }

    static Optional<Event> event(QuizSentence s) {
        String text = s.text();
        Matcher m = DATE.matcher(text);
        if (!m.find()) return Optional.empty();
        int[] when = {Integer.parseInt(m.group(1)), num(m.group(2)), num(m.group(3))};
        int dateBegin = m.start(), dateEnd = m.end();
        if (m.find() || MONTH.matcher(text.substring(dateEnd)).find()) return Optional.empty();
        String after = text.substring(dateEnd);
        if (VAGUE.matcher(after).lookingAt()) return Optional.empty();
        Matcher tie = TIE.matcher(after);
        if (!tie.lookingAt()) return Optional.empty();
        int cutEnd = dateEnd + tie.end();
        List<Clauses.Clause> clauses = Clauses.split(text, s.tokens());
        for (int k = 0; k < clauses.size(); k++) {
            Clauses.Clause c = clauses.get(k);
            if (c.end() <= dateBegin || c.begin() > dateBegin) continue;
            if (cutEnd > c.end()) return Optional.empty();
            Optional<String> whole = Clauses.standalone(c);
            if (whole.isEmpty()) return Optional.empty();
            String clause = whole.get();
            int from = dateBegin - c.begin(), to = cutEnd - c.begin();
            String what = Clauses.withoutLead(clause.substring(0, from) + clause.substring(Math.min(to, clause.length())));
            List<Token> rest = new ArrayList<>();
            for (Token t : c.tokens()) if (t.begin() >= cutEnd || t.end() <= dateBegin) rest.add(t);
            // 1918年3月3日、講和が成立したことを受け、英仏軍は…上陸、: the date is the landing's.
            if ((what.endsWith("を受けた") || what.endsWith("に及んだ")) && k + 1 < clauses.size()) {
                Clauses.Clause next = clauses.get(k + 1);
                Optional<String> n = Clauses.standalone(next);
                if (n.isEmpty()) return Optional.empty();
                what = Clauses.withoutLead(n.get());
                rest = next.tokens();
            } else if (!Clauses.hasSubject(rest) && k > 0) {
                // 利用者はその後も減り続け、1985年には…落ち込んだ: the topic is the whole sentence's.
                Optional<String> topic = Clauses.topic(clauses.get(0).tokens(), text);
                if (topic.isEmpty()) return Optional.empty();
                what = topic.get() + what;
                return ok(what) ? Optional.of(new Event(when, what, text)) : Optional.empty();
            }
            if (!Clauses.hasSubject(rest) || !ok(what)) return Optional.empty();
            if (!rest.isEmpty() && (rest.get(0).pos().equals("助詞") || rest.get(0).pos().equals("助動詞"))) return Optional.empty();
            return Optional.of(new Event(when, what, text));
        }
        return Optional.empty();
    }

    private static boolean ok(String what) {
        return PAST_END.matcher(what).matches() && what.length() >= 8 && what.length() <= 48 && !RELATIVE.matcher(what).find()
                && !(what.contains("「") && !Texts.balanced(what, '「', '」')) && !PARTICLE_START.matcher(what).matches()
                && !what.endsWith("を受けた") && !what.endsWith("に及んだ");
    }

    private static int num(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }

    List<Question> candidates() {
        List<Event> events = events();
        List<Question> out = new ArrayList<>();
        for (int round = 0; round < events.size(); round++) {
            pick(events, 4).ifPresent(p -> {
                out.add(extreme(p, true));
                out.add(extreme(p, false));
            });
            pick(events, 3).ifPresent(p -> order(p).ifPresent(out::add));
        }
        return out;
    }

    /**
     * Words that place an event at the start or end of a story by themselves: a company founded,
     * the first section completed, a line closed, users recovered (after a fall). Among them the order is deducible without reading
     * (the independent judged sample's chronology and 内容一致 give-aways).
     */
    private static final Pattern PLACES_ITSELF = Pattern.compile("最初|初めて|設立|創業|創立|創設|誕生|開業|開通|開設|最後|廃止|廃線|閉鎖|解散|終結|終わ|回復|再開|再建|復旧|復活");

    static boolean placesItself(String what) {
        return PLACES_ITSELF.matcher(what).find();
    }

    /** {@code n} events, every two of which the text puts in order, sorted oldest first. */
    private Optional<List<Event>> pick(List<Event> events, int n) {
        List<Event> pool = new ArrayList<>(events);
        pool.removeIf(e -> placesItself(e.what()));
        Shuffle.inPlace(pool, rng);
        List<Event> chosen = new ArrayList<>();
        for (Event e : pool) {
            if (chosen.stream().allMatch(c -> c.ordered(e))) chosen.add(e);
            if (chosen.size() == n) break;
        }
        if (chosen.size() < n) return Optional.empty();
        chosen.sort(Event::compareTo);
        return Optional.of(chosen);
    }

    private Question extreme(List<Event> sorted, boolean first) {
        Event right = first ? sorted.get(0) : sorted.get(sorted.size() - 1);
        List<String> wrong = new ArrayList<>();
        for (Event e : sorted) if (e != right) wrong.add(e.what() + "。");
        String prompt = "本文によると、次の出来事のうち最も" + (first ? "早く" : "遅く") + "起きたものはどれか。";
        return Question.shuffled(QuestionKind.CHRONOLOGY, prompt, right.what() + "。", wrong, right.sentence(),
                why(sorted), 0, rng);
    }

    private static final String[] MARKS = {"ア", "イ", "ウ"};

    private Optional<Question> order(List<Event> sorted) {
        List<Event> shown = new ArrayList<>(sorted);
        Shuffle.inPlace(shown, rng);
        StringBuilder prompt = new StringBuilder("本文によると、次のア～ウの出来事を古い順に並べたものはどれか。");
        for (int i = 0; i < 3; i++) prompt.append('\n').append(MARKS[i]).append("　").append(shown.get(i).what()).append("。");
        List<String> perms = new ArrayList<>();
        for (int[] p : new int[][] {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}})
            perms.add(MARKS[p[0]] + "→" + MARKS[p[1]] + "→" + MARKS[p[2]]);
        String right = "";
        for (Event e : sorted) right += (right.isEmpty() ? "" : "→") + MARKS[shown.indexOf(e)];
        perms.remove(right);
        Shuffle.inPlace(perms, rng);
        return Optional.of(Question.shuffled(QuestionKind.CHRONOLOGY, prompt.toString(), right, perms.subList(0, 3),
                sorted.get(0).sentence(), why(sorted), 0, rng));
    }

    private static String why(List<Event> sorted) {
        StringBuilder sb = new StringBuilder("本文の日付: ");
        for (Event e : sorted) sb.append(sb.length() > 7 ? " → " : "").append(e.date()).append("「").append(e.what()).append("」");
        return sb.toString();
    }
}
