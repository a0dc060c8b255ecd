package io.staygrid.support.paging;

import io.staygrid.support.error.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A list call's page: how many items (default 50, at most 200; larger requests are coerced) and
 * where to start. Tokens are opaque to clients: base64url of a version tag and a cursor that the
 * list's repository understands (usually the sort key of the last item returned).
 */
public record PageRequest(int size, String cursor) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    private static final String VERSION = "v1:";

    /** Reads a request's page_size and page_token; a negative size or a foreign token is INVALID_ARGUMENT. */
    public static PageRequest of(int pageSize, String pageToken) {
        if (pageSize < 0) {
            throw DomainException.invalidField("INVALID_PAGE_SIZE", "page_size", "page_size must not be negative");
        }
        int size = pageSize == 0 ? DEFAULT_SIZE : Math.min(pageSize, MAX_SIZE);
        return new PageRequest(size, decode(pageToken));
    }

    /** Whether this is the first page (no cursor). */
    public boolean first() {
        return cursor.isEmpty();
    }

    /** The token a response hands out for the page after the item whose cursor is given. */
    public static String tokenAfter(String cursor) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + cursor).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        if (token == null || token.isEmpty()) {
            return "";
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (raw.startsWith(VERSION) && raw.length() > VERSION.length()) {
                return raw.substring(VERSION.length());
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the error below: a token we did not issue.
        }
        throw DomainException.invalidField("INVALID_PAGE_TOKEN", "page_token",
                "page_token was not issued by this list; start again without it");
    }
}
