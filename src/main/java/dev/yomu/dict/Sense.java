package dev.yomu.dict;

import dev.yomu.support.Check;

import java.util.List;

/**
 * One meaning of a dictionary entry.
 *
 * @param pos      part-of-speech codes as EDRDG writes them (n, vs, v5u, adj-na, adj-i, adv, exp ...)
 * @param glosses  English translations, most typical first
 */
public record Sense(List<String> pos, List<String> glosses) {

    public Sense {
        pos = List.copyOf(Check.notNull(pos, "pos"));
        glosses = List.copyOf(Check.notNull(glosses, "glosses"));
    }
}
