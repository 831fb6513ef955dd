package dev.yomu.text;

import java.util.regex.Pattern;

/**
 * Recognisers for single lines of web-page noise, written from the shapes such lines take on
 * Japanese blogs, news sites and encyclopedias (labels, separators, dates, link lists), not from
 * particular sites. Every rule looks at short lines only: a long line is body text, and the regexes
 * never run over a megabyte of it.
 */
final class LineRules {
    private LineRules() {}

    /** Lines longer than this are never noise: noise is labels, links and credits. */
    static final int SHORT = 120;

    private static final Pattern LIST_MARKER = Pattern.compile("^(?:\\d{1,3}[.)．]|[•●◦▪■・*\\-–])\\s+");
    private static final Pattern DATE_ONLY = Pattern.compile(
            "^(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4})"
                    + "\\s*(?:[(（][日月火水木金土][)）])?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(?:[AaPp][Mm])?$");
    private static final Pattern ANONYMOUS = Pattern.compile(
            "^(?:匿名|名無し(?:さん)?|ななしさん|通りすがり|Anonymous|anonymous)(?:\\s*(?:さん)?\\s*(?:より|says)?\\s*[:：]?)?$");
    private static final Pattern COMMENT_HEADER = Pattern.compile(
            "^(?:コメント|コメント一覧|コメント欄|読者コメント|みんなのコメント|\\d+\\s*件のコメント|コメント\\s*[(（]\\d+[)）]"
                    + "|コメント\\s*\\d+\\s*件|Comments?|\\d+\\s+[Cc]omments?|Responses?)\\s*[:：]?$");
    private static final Pattern THREAD_END = Pattern.compile(
            "トラックバック|^コメントを(?:残す|書く|投稿する|する)$|メールアドレスが公開されることはありません|^Leave a (?:Reply|Comment)");
    private static final Pattern PAGE_TOP = Pattern.compile(
            "^(?:PAGE\\s*TOP|Page\\s*Top|ページ(?:トップ|の先頭)(?:へ)?(?:戻る)?|トップへ戻る|TOPへ戻る|▲.{0,10})$");
    private static final Pattern RELATED_HEADER = Pattern.compile(
            "^(?:関連記事|関連する記事|関連エントリー?|関連リンク|あわせて読みたい|合わせて読みたい|おすすめ記事|オススメ記事"
                    + "|こちらの記事もおすすめ|人気記事|最近の投稿|最新記事|新着記事|Related(?: Posts| Articles)?|You may also like)\\s*[:：]?$");
    private static final Pattern BIO_HEADER = Pattern.compile(
            "^(?:著者について|著者紹介|筆者について|筆者紹介|執筆者|執筆者紹介|プロフィール|著者プロフィール|筆者プロフィール"
                    + "|この記事を書いた人|ライター紹介|About the author)\\s*[:：]?$");
    /** "出典:", "参考：", "※アイキャッチ画像の出典:", "写真：…": the label before the colon names a credit or source. */
    private static final Pattern LABELED_SOURCE = Pattern.compile(
            "^[※＊*（(]?\\s*[^:：]{0,12}(?:出典|参考|参照|引用元|引用|ソース|写真|画像|撮影|提供|クレジット|関連記事|関連リンク"
                    + "|元記事|原文|Source|Photo|Image|Credit|via)\\s*[:：]");
    private static final Pattern PHOTO_AGENCY = Pattern.compile(
            "(?i)shutterstock|getty\\s*images|gyazo|unsplash|pixabay|wikimedia|istock|adobe\\s*stock|\\bAFP\\b|\\breuters\\b"
                    + "|\\bAP photo\\b|経由の?\\s*\\p{IsLatin}|^(?:photo|image|picture)\\s+(?:by|from|credit)\\b");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:.{1,25}(?:著|記|筆|記者)\\s*[:：]?\\s*[\\d/.\\-年月日 ]{6,}|(?:文|著者|筆者|執筆|記者|翻訳|訳)\\s*[:：/／]\\s*\\S.{0,25})$");
    private static final Pattern REPUBLICATION = Pattern.compile(
            "(?i)クリエイティブ・?コモンズ|creative\\s*commons|再公開され|から再公開|より転載|転載しています|無断転載|all rights reserved|copyright|©");
    private static final Pattern PROMO = Pattern.compile(
            "購読|スポンサーリンク|シェアする|ツイートする|フォローする|ブックマークする|続きを読む|もっと見る|詳しくはこちら|こちらをクリック"
                    + "|^(?:広告|PR|AD|Advertisement)$");
    private static final Pattern NAV_WORD = Pattern.compile(
            "^(?:ホーム|トップ|トップページ|メニュー|目次|印刷|戻る|前へ|次へ|検索|ログイン|サイトマップ|HOME|Home|Menu)$");
    private static final Pattern NAV_EDGE = Pattern.compile("(?:前|次)の(?:ページ|記事)$|^(?:[«‹<]|前の記事|次の記事)|[»›]$");
    /**
     * What a terminal log adds around the text: script(1)'s first and last lines, and shell prompts
     * (user@host:~/dir$, [user@host dir]#, bash-5.2#) before a typed command, whose output follows.
     */
    private static final Pattern TERMINAL = Pattern.compile(
            "^(?:Script (?:started|done) on \\d{4}-\\d{2}-\\d{2}"
                    + "|(?:\\([\\w.-]+\\) )?(?:\\[?[\\w.-]+@[\\w.-]+(?:[: ][^\\s\\]]*)?\\]?|(?:ba|z|k|da)?sh-\\d[\\d.]*) ?[$#%] )");
    private static final Pattern CATEGORY = Pattern.compile("^\\S{1,10}関連$|^(?:カテゴリー?|タグ|Category|Tags?)\\s*[:：]");

    static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) start++;
        while (end > start && isSpace(line.charAt(end - 1))) end--;
        return line.substring(start, end);
    }

    // A Markdown ATX heading ("# 路面電車の計画", up to six #, a space, optional closing #s). Learners
    // paste notes and blog drafts written this way; "#タグ" without the space is a hashtag, not a heading.
    private static final java.util.regex.Pattern MARKDOWN_HEADING =
            java.util.regex.Pattern.compile("^[ \t]{0,3}#{1,6}[ \t\u3000]+(.*?)(?:[ \t\u3000]+#+)?[ \t\u3000]*$");

    /** @return the text of a Markdown heading line without its markers, or null if the line is not one */
    static String markdownHeading(String line) {
        if (line.isEmpty() || (line.charAt(0) != '#' && line.charAt(0) != ' ' && line.charAt(0) != '\t')) return null;
        java.util.regex.Matcher m = MARKDOWN_HEADING.matcher(line);
        if (!m.matches() || m.group(1).isBlank()) return null;
        return strip(m.group(1));
    }

    /** The line without surrounding space and, for a Markdown heading, without its # markers. */
    static String text(String line) {
        String heading = markdownHeading(line);
        return heading != null ? heading : strip(line);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isBlank(String line) {
        return strip(line).isEmpty();
    }

    static boolean isIndented(String line) {
        return !line.isEmpty() && isSpace(line.charAt(0));
    }

    static boolean hasJapanese(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Kana.isKana(c) && c != '・' && c != 'ー' || Kana.isKanji(c)) return true;
            i += Character.charCount(c);
        }
        return false;
    }

    /** Text without a leading list marker ("1. ", "• "). */
    static String withoutListMarker(String stripped) {
        return LIST_MARKER.matcher(stripped).replaceFirst("");
    }

    static boolean isListItem(String stripped) {
        return LIST_MARKER.matcher(stripped).find();
    }

    static boolean hasSentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) if ("。！？!?．".indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    /** Noise anywhere in the article body (outside comment threads and link lists). */
    static boolean isNoise(String stripped) {
        if (!hasJapanese(stripped)) return true;
        if (isTerminalFurniture(stripped)) return true;
        if (stripped.length() > SHORT) return false;
        return isDateOnly(stripped) || isNavigation(stripped) || isCategoryLabel(stripped) || isCredit(stripped)
                || isByline(stripped) || isRepublication(stripped) || isPromo(stripped) || isPageTop(stripped)
                || THREAD_END.matcher(stripped).find();
    }

    static boolean isDateOnly(String s) {
        return s.length() <= 40 && DATE_ONLY.matcher(withoutListMarker(s)).matches();
    }

    static boolean isNavigation(String s) {
        if (NAV_WORD.matcher(s).matches() || NAV_EDGE.matcher(s).find()) return true;
        String[] parts = s.split("\\s*[|｜>›»]\\s*");
        return parts.length >= 2 && separatorCount(s) >= 2 && allShort(parts, 15);
    }

    private static long separatorCount(String s) {
        return s.chars().filter(c -> "|｜>›»".indexOf(c) >= 0).count();
    }

    private static boolean allShort(String[] parts, int max) {
        for (String p : parts) if (p.length() > max) return false;
        return true;
    }

    static boolean isCategoryLabel(String s) {
        return CATEGORY.matcher(withoutListMarker(s)).find();
    }

    /** Photo credits and source links: "出典:…", "参考:…", "Shutterstock経由の…", "Image from Gyazo". */
    static boolean isCredit(String s) {
        if (LABELED_SOURCE.matcher(s).lookingAt()) return true; // anchored: find() would retry at every offset
        return s.length() <= 60 && !hasSentenceEnd(s) && PHOTO_AGENCY.matcher(s).find();
    }

    static boolean isByline(String s) {
        return s.length() <= 40 && BYLINE.matcher(s).matches();
    }

    static boolean isRepublication(String s) {
        return REPUBLICATION.matcher(s).find();
    }

    static boolean isPromo(String s) {
        return s.length() <= 30 && PROMO.matcher(s).find();
    }

    static boolean isTerminalFurniture(String s) {
        return TERMINAL.matcher(s).lookingAt();
    }

    static boolean isPageTop(String s) {
        return PAGE_TOP.matcher(s).matches();
    }

    static boolean isRelatedHeader(String s) {
        return RELATED_HEADER.matcher(s).matches();
    }

    static boolean isBioHeader(String s) {
        return BIO_HEADER.matcher(s).matches();
    }

    static boolean isCommentHeader(String s) {
        return s.length() <= 20 && COMMENT_HEADER.matcher(withoutListMarker(s)).matches();
    }

    /** Lines after which no more comments (and no more article) follow: trackbacks, reply forms, page ends. */
    static boolean isThreadEnd(String s) {
        return s.length() <= SHORT && (THREAD_END.matcher(s).find() || isPageTop(s) || isRelatedHeader(s)
                || isNavigation(s));
    }

    static boolean isAnonymousName(String s) {
        return s.length() <= 20 && ANONYMOUS.matcher(withoutListMarker(s)).matches();
    }

    /** A commenter's name, post date or vote count: the metadata around a comment. */
    static boolean isCommentMeta(String s) {
        String t = withoutListMarker(s);
        return isAnonymousName(s) || isDateOnly(s) || t.matches("\\d{1,5}")
                || t.matches("(?:返信|返信する|Reply|いいね|[+＋-]?\\d{1,5}\\s*(?:票|いいね|pt))");
    }

    /**
     * A comment begins with its metadata: an anonymous name followed by a date, or two bullet lines
     * (name, date) as comment widgets render them. A lone date is not enough: articles have dates too.
     */
    static boolean startsComment(String line, String next) {
        if (next == null || !isDateOnly(next)) return false;
        return isAnonymousName(line) || (isListItem(line) && isListItem(next) && line.length() <= 20
                && !hasSentenceEnd(line));
    }

    /** One sentence at most, at the end, and short: the shape of a headline. */
    static boolean isHeadlineShaped(String s, int maxLength) {
        if (s.length() < 2 || s.length() > maxLength || !hasJapanese(s)) return false;
        String body = s.substring(0, s.length() - 1);
        return !hasSentenceEnd(body) && !endsWithContinuation(s);
    }

    static boolean endsWithContinuation(String s) {
        return "、，,:：…".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
