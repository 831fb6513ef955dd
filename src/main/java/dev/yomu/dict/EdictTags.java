package dev.yomu.dict;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the parenthesised tags at the start of an EDICT gloss. Only known tags are stripped,
 * because many glosses themselves start with a parenthesis: "(not) at all", "(making of) peace".
 */
final class EdictTags {
    private EdictTags() {}

    private static final Pattern POS = Pattern.compile(
            "adj(-(i|ix|na|no|pn|t|f|ku|shiku|nari|kari))?|adv(-to)?|aux(-v|-adj)?|conj|cop(-da)?|ctr|exp|int"
                    + "|n(-adv|-suf|-pref|-t|-pr)?|num|pn|pref|prt|suf|unc"
                    + "|v[1-5][a-z]*(-[a-z]+)?|vs(-[a-z])?|v[zikntr]|v-unspec");

    private static final Pattern SENSE_NUMBER = Pattern.compile("\\d{1,3}");
    // Dialects are written "ksb:", "osb:" ...
    private static final Pattern DIALECT = Pattern.compile("[a-z]{2,4}:");

    // Usage (uk, sl ...), orthography (iK, ateji ...) and field (comp, med ...) tags seen in EDICT.
    private static final Set<String> MISC = Set.of(
            "uk", "comp", "arch", "abbr", "on-mim", "yoji", "obsc", "col", "sl", "id", "Buddh", "food", "ok",
            "proverb", "io", "math", "med", "hon", "iK", "ling", "sports", "oK", "ateji", "music", "pol", "sumo",
            "ik", "derog", "baseb", "astron", "physics", "obs", "chem", "mahj", "law", "biol", "hum", "sens",
            "anat", "geol", "vulg", "fam", "joc", "hist", "MA", "chn", "hanaf", "finc", "fem", "bot", "male",
            "mil", "Shinto", "dated", "litf", "net-sl", "gikun", "archit", "shogi", "Christn", "engr", "econ",
            "tradem", "poet", "m-sl", "bus", "zool", "rare", "X", "euph", "quote", "work", "char", "form", "rK",
            "rk", "sK", "sk", "aphorism", "company", "given", "person", "place", "product", "surname", "unclass",
            "organization", "station", "pn-name");

    static boolean isSenseNumber(String tag) {
        return SENSE_NUMBER.matcher(tag).matches();
    }

    /** @return whether every comma-separated part of the tag is a part-of-speech code */
    static boolean isPosList(String tag) {
        for (String part : tag.split(",", -1)) {
            if (!POS.matcher(part).matches()) return false;
        }
        return true;
    }

    /** @return whether every comma-separated part is a usage, field or dialect tag */
    static boolean isMiscList(String tag) {
        for (String part : tag.split(",", -1)) {
            if (!MISC.contains(part) && !DIALECT.matcher(part).matches()) return false;
        }
        return true;
    }
}
