/** Choosing which words of an article become study cards. */
package dev.yomu.deck;
