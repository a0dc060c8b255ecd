package io.staygrid.support.text;

import java.util.Optional;

/**
 * What no text field of StayGrid accepts, at the edge and in every service: characters PostgreSQL refuses (NUL),
 * characters that forge log lines or hide text (other C0 and C1 controls, except tab, line feed and carriage
 * return), lone UTF-16 surrogates (which no encoding can carry, so they would be altered on the way), the byte
 * order mark and the Unicode noncharacters. Everything else is stored and read back exactly as sent.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The rule {@code text} breaks (NUL, CONTROL_CHARACTER, LONE_SURROGATE, BYTE_ORDER_MARK, NONCHARACTER), if any. */
    public static Optional<String> violation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of("NUL");
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return Optional.of("CONTROL_CHARACTER");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = text.codePointAt(i);
                    if ((cp & 0xfffe) == 0xfffe) {
                        return Optional.of("NONCHARACTER");
                    }
                    i++;
                    continue;
                }
                return Optional.of("LONE_SURROGATE");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("LONE_SURROGATE");
            }
            if (c == 0xfeff) {
                return Optional.of("BYTE_ORDER_MARK");
            }
            if ((c >= 0xfdd0 && c <= 0xfdef) || c == 0xfffe || c == 0xffff) {
                return Optional.of("NONCHARACTER");
            }
        }
        return Optional.empty();
    }
}
