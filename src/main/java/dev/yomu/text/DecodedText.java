package dev.yomu.text;

import dev.yomu.support.Check;

/**
 * A file's text after decoding, before cleaning.
 *
 * @param text    the decoded text, without a byte order mark
 * @param charset the name of the charset it was decoded with (UTF-8, UTF-16LE, windows-31j, EUC-JP ...)
 */
public record DecodedText(String text, String charset) {
    public DecodedText {
        Check.notNull(text, "text");
        Check.notBlank(charset, "charset");
    }
}
