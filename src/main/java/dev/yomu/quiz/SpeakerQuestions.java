package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said it: every statement the article attributes to someone (「…」と述べた, 語った, 明かした,
 * 話した, 説明した, 指摘した, 発表した, 強調した, としている, Xによると …) is a question, and the choices are
 * the article's other speakers of the same kind (people with their titles, or organisations),
 * then other people or organisations it names.
 */
final class SpeakerQuestions {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("「([^「」]+)」");

    private static final String VERBS = "述べ|語っ|明かし|話し|説明し|指摘し|発表し|強調し|主張し|言っ|報じ|宣言し|言及し|訴え|答え|批判し|コメントし|して";
    private static final Pattern QUOTE = Pattern.compile("「([^「」]{6,120})」(?:と|などと)(" + VERBS + "|期待を示し|不安を口にし|懸念を示し)");
    /**
     * 市長は記者会見で「…」と語った, 一方、商店街の店主は「…」と不安を口にした: a speaker named by a role,
     * not a name (the explainers and graded readers quote people so). The phrase before は is a role
     * noun with at most a short modifier; the roles are the speaker nouns of the JLPT N3-N2 reading texts.
     */
    private static final Pattern ROLE_SPEAKER = Pattern.compile("^(?:[^、。「」]{1,6}、)?([^、。「」]{0,12}?"
            + "(?:市長|知事|町長|村長|担当者|専門家|店主|店長|住民|女性|男性|関係者|責任者|社長|会長|議員|教授|医師|記者|研究者|学生|職員|運転士|駅長|館長|校長))"
            + "(?:は|が|も)、?[^「」。]{0,20}$");
    /** Xは、(content)と明かした。 — speech reported without brackets, ending the sentence. */
    private static final Pattern INDIRECT = Pattern.compile("^(?:は|が)、([^「」]{10,90})と(述べ|語っ|明かし|話し|説明し|指摘し|強調し|主張し)た。$");
    /** Xによると、(content)という。 */
    private static final Pattern ACCORDING = Pattern.compile("^によると、([^「」]{8,90}?)(?:という|とされる|としている|とのことだ)?。$");
    /** Between a speaker and the quote: a title, an aside in brackets, は/が/も, then a short clause. */
    private static final Pattern GAP = Pattern.compile("(?:（[^（）]{1,12}）)?(?:は|が|も)(?:、)?[^「」。]{0,60}");
    private static final Pattern SAME_REF = Pattern.compile("同(?:省|庁|社|市|大学|紙|局)");

    /** One attributed statement. */
    record Statement(String speaker, boolean person, String content, String verb, QuizSentence sentence) {}

    private final ArticleEntities names;
    private final List<QuizSentence> body;
    private final SplittableRandom rng;

    SpeakerQuestions(List<QuizSentence> body, ArticleEntities names, SplittableRandom rng) {
        this.body = body;
        this.names = names;
        this.rng = rng;
    }

    List<Question> candidates() {
        List<Statement> all = statements();
        List<Question> out = new ArrayList<>();
        for (Statement st : all) question(st, all).ifPresent(out::add);
        return out;
    }

    /** Every attributed statement of the article, in reading order. */
    List<Statement> statements() {
        List<Statement> out = new ArrayList<>();
        List<String> orgsSoFar = new ArrayList<>();
        for (QuizSentence s : body) {
            String text = s.text();
            List<Span> named = names.named(s);
            Matcher q = QUOTE.matcher(text);
            while (q.find()) {
                Optional<Statement> st = speakerBefore(s, named, orgsSoFar, q.start(), q.group(1), past(q.group(2)));
                if (st.isEmpty()) st = roleBefore(s, q.start(), q.group(1), past(q.group(2))).map(r -> asNamedBefore(r, out));
                st.ifPresent(out::add);
            }
            if (!text.contains("「")) {
                for (Span e : named) {
                    Optional<Statement> st = attributed(s, e.end(), e.text(), e.type(), orgsSoFar);
                    st.ifPresent(out::add);
                }
                Matcher ref = SAME_REF.matcher(text);
                while (ref.find()) {
                    String org = ArticleEntities.resolveSame(ref.group(), orgsSoFar);
                    if (org != null) attributed(s, ref.end(), org, "organisation", orgsSoFar).ifPresent(out::add);
                }
            }
            for (Span e : named) if (!e.type().equals("person")) orgsSoFar.add(e.text());
        }
        return out;
    }

    /** 担当者 after 市の担当者: the role as the article first named it, so one person is one choice. */
    private static Statement asNamedBefore(Statement role, List<Statement> before) {
        for (Statement o : before)
            if (o.person() && o.speaker().length() > role.speaker().length() && o.speaker().endsWith(role.speaker()))
                return new Statement(o.speaker(), true, role.content(), role.verb(), role.sentence());
        return role;
    }

    private static Optional<Statement> roleBefore(QuizSentence s, int quoteStart, String content, String verb) {
        Matcher m = ROLE_SPEAKER.matcher(s.text().substring(0, quoteStart));
        if (!m.matches()) return Optional.empty();
        return Optional.of(new Statement(m.group(1), true, content, verb, s));
    }

    // Xによると… and Xは、…と明かした: the speaker right before, the statement the rest of the sentence.
    private Optional<Statement> attributed(QuizSentence s, int end, String who, String type, List<String> orgsSoFar) {
        if (!speaks(who, type)) return Optional.empty();
        String rest = s.text().substring(end);
        Matcher title = Span.PERSON_TITLE.matcher(rest);
        if (type.equals("person") && title.lookingAt()) rest = rest.substring(title.end());
        Matcher a = ACCORDING.matcher(rest);
        if (a.matches()) return Optional.of(statement(who, type, a.group(1), "によると", s));
        Matcher i = INDIRECT.matcher(rest);
        if (i.matches()) return Optional.of(statement(who, type, i.group(1), past(i.group(2)), s));
        return Optional.empty();
    }

    private Optional<Statement> speakerBefore(QuizSentence s, List<Span> named, List<String> orgsSoFar, int quoteStart, String content, String verb) {
        String text = s.text();
        Span best = null;
        int bestEnd = -1;
        for (Span e : named) {
            if (e.end() > quoteStart || e.type().startsWith("date") || e.type().startsWith("count")) continue;
            int after = e.end();
            Matcher title = Span.PERSON_TITLE.matcher(text);
            title.region(after, quoteStart);
            if (e.type().equals("person") && title.lookingAt()) after = title.end();
            if (text.startsWith("紙", after)) after++;
            if (GAP.matcher(text.substring(after, quoteStart)).matches() && e.end() > bestEnd) {
                best = e;
                bestEnd = e.end();
            }
        }
        Matcher ref = SAME_REF.matcher(text);
        while (ref.find()) {
            if (ref.end() <= quoteStart && ref.end() > bestEnd && GAP.matcher(text.substring(ref.end(), quoteStart)).matches()) {
                String org = ArticleEntities.resolveSame(ref.group(), orgsSoFar);
                if (org != null) return Optional.of(statement(org, "organisation", content, verb, s));
            }
        }
        if (best == null || !speaks(best.text(), best.type())) return Optional.empty();
        return Optional.of(statement(best.text(), best.type(), content, verb, s));
    }

    private Statement statement(String who, String type, String content, String verb, QuizSentence s) {
        boolean person = type.equals("person");
        return new Statement(person ? names.display(who) : who, person, content, verb, s);
    }

    /**
     * A long statement shortened at a clause end (、 or 。), never mid-word: the judged sample found
     * 「…行われているが、この取…」 cut inside 取り組み. Up to 60 characters are shown whole; null when a
     * long statement has no clause end to cut at.
     */
    static String shortQuote(String content) {
        if (content.length() <= 60) return content;
        int cut = Math.max(content.lastIndexOf('、', 58), content.lastIndexOf('。', 58));
        if (cut >= 15) return content.substring(0, cut) + "…";
        return content.length() <= 90 ? content : null; // no clause end to cut at: shown whole, or not asked
    }

    // A country "says" what its officials said (米国は「…」と明かし, then 国防総省の報道官 says the same), so
    // asking for it has two answers; a city speaks as its government and may be asked.
    private static boolean speaks(String who, String type) {
        return !type.equals("place") || FactQuestions.placeKind(who).equals("municipality");
    }

    private static String past(String stem) {
        return stem.equals("して") ? "している" : stem + "た";
    }

    /** Newspapers and broadcasters: what one of them reported is asked among the others first. */
    private static final Pattern PRESS = Pattern.compile(".*(?:紙|新聞|新報|通信|放送|タイムズ)");

    private Optional<Question> question(Statement st, List<Statement> all) {
        Set<String> pool = new LinkedHashSet<>();
        boolean press = !st.person() && PRESS.matcher(st.speaker()).matches();
        List<String> speakers = new ArrayList<>();
        for (Statement o : all) if (o.person() == st.person() && PRESS.matcher(o.speaker()).matches() == press) speakers.add(o.speaker());
        Shuffle.inPlace(speakers, rng);
        pool.addAll(speakers);
        List<String> others = new ArrayList<>();
        if (st.person()) for (String p : names.ofType("person")) others.add(names.display(p));
        else for (String o : names.ofType("organisation")) if (PRESS.matcher(o).matches() == press) others.add(o);
        Shuffle.inPlace(others, rng);
        pool.addAll(others);
        // A paper named alone in its article is asked among the article's other organisations.
        if (press) {
            List<String> orgs = new ArrayList<>(names.ofType("organisation"));
            Shuffle.inPlace(orgs, rng);
            pool.addAll(orgs);
        }
        List<String> wrong = new ArrayList<>();
        for (String w : pool) {
            if (wrong.size() == 3) break;
            if (w.equals(st.speaker()) || overlaps(w, st.speaker()) || mentioned(w, st.content()) || saidTheSame(w, st, all)
                    || nearSimilarWords(w, st)) continue;
            if (wrong.stream().anyMatch(x -> overlaps(x, w))) continue;
            wrong.add(w);
        }
        if (wrong.size() < 3) return Optional.empty();
        String quote = shortQuote(st.content());
        if (quote == null) return Optional.empty();
        String who = st.person() ? "だれ" : "どこ";
        String prompt = st.verb().equals("によると")
                ? "本文で、次の内容はだれ（どこ）の話として紹介されているか。\n「" + quote + "」"
                : st.verb().equals("している") ? "本文で、次のような見方を示しているのは" + who + "か。\n「" + quote + "」"
                : "本文で、次のように" + st.verb() + "のは" + who + "か。\n「" + quote + "」";
        String explanation = "本文に「" + Texts.around(st.sentence().text(), 0, 1, 120) + "」とある。";
        return Optional.of(Question.shuffled(QuestionKind.SPEAKER, prompt, st.speaker(), wrong, st.sentence().text(), explanation, 0, rng));
    }

    // Two choices that name one entity (井上勝さん and 井上さん, 国土交通省 and 交通省) are one choice.
    private boolean overlaps(String a, String b) {
        String x = bare(a), y = bare(b);
        return x.contains(y) || y.contains(x) || names.sameEntity(x, y);
    }

    private static String bare(String display) {
        Matcher m = Texts.pattern("^(.*?)" + Span.PERSON_TITLE.pattern() + "$").matcher(display);
        return m.matches() && !m.group(1).isEmpty() ? m.group(1) : display;
    }

    // A choice the quote itself names (高橋市長 in a quote about the mayor) reads as a hint or a trap.
    private boolean mentioned(String choice, String content) {
        String name = bare(choice);
        String surname = names.surnameOf(name);
        return content.contains(name) || surname != null && content.contains(surname);
    }

    // A wrong choice that also said these words would be a second right answer.
    private static boolean saidTheSame(String who, Statement st, List<Statement> all) {
        for (Statement o : all) if (o.speaker().equals(who) && similar(o.content(), st.content())) return true;
        return false;
    }

    // 英国政府の関係者 said 「英国はタリバンとの交渉について…知らされておらず」 and The Times reported
    // 「我々は米国とタリバンとの交渉に関与しておらず」: a choice named next to similar words is a second answer.
    private boolean nearSimilarWords(String who, Statement st) {
        String name = bare(who);
        for (QuizSentence s : body) {
            if (s == st.sentence() || !s.text().contains(name)) continue;
            Matcher q = QUOTED.matcher(s.text());
            while (q.find()) {
                // Only the name just before the words is their source (バイデン named inside another quote is not).
                int at = s.text().lastIndexOf(name, q.start());
                if (at >= 0 && q.start() - (at + name.length()) <= 30 && similar(q.group(1), st.content(), 8)) return true;
            }
        }
        return false;
    }

    // The same words reported twice (「…交渉内容を同盟国と共有したり調整することは行っていない」 and
    // 「…交渉内容を他国と共有したり…」): any twelve characters in common.
    private static boolean similar(String a, String b) {
        return similar(a, b, 12);
    }

    private static boolean similar(String a, String b, int run) {
        if (a.equals(b)) return true;
        for (int i = 0; i + run <= a.length(); i++) if (b.contains(a.substring(i, i + run))) return true;
        return false;
    }
}
