/** The Japanese-English dictionary: EDICT and JMdict parsers, lookups and compound detection. */
package dev.yomu.dict;
