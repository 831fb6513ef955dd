package dev.yomu.dict;

import dev.yomu.text.Printable;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups EDICT gloss fields into senses. A field "(n,vs) (2) connection" starts sense 2; later
 * fields without tags add glosses to it. A part of speech carries over to the next sense until a
 * new one is given, as in EDICT and JMdict.
 */
final class SenseCollector {
    private final List<Sense> senses = new ArrayList<>();
    private List<String> pos = List.of();
    private List<String> glosses = new ArrayList<>();

    void field(String field) {
        String rest = field;
        List<String> newPos = null;
        boolean numbered = false;
        while (rest.startsWith("(") || rest.startsWith("{")) {
            char close = rest.charAt(0) == '(' ? ')' : '}';
            int end = rest.indexOf(close);
            if (end < 0) break;
            String tag = rest.substring(1, end);
            if (EdictTags.isSenseNumber(tag)) numbered = true;
            else if (EdictTags.isPosList(tag)) newPos = List.of(tag.split(","));
            else if (!EdictTags.isMiscList(tag)) break;
            rest = rest.substring(end + 1).trim();
        }
        // A new number, or a new part of speech after glosses, begins the next sense.
        if ((numbered || newPos != null) && !glosses.isEmpty()) flush();
        if (newPos != null) pos = newPos;
        if (!rest.isEmpty()) glosses.add(Printable.clean(rest)); // a dictionary file is text from anywhere
    }

    List<Sense> finish() {
        if (!glosses.isEmpty()) flush();
        return senses;
    }

    private void flush() {
        senses.add(new Sense(pos, glosses));
        glosses = new ArrayList<>();
    }
}
