package io.staygrid.inventory.service;

import io.staygrid.support.error.DomainException;
import io.staygrid.support.paging.PageRequest;
import java.util.Arrays;

/**
 * Page requests whose tokens are bound to the filters they were issued for: the cursor is
 * "fingerprint/key", and a token used with other filters is INVALID_ARGUMENT (INVALID_FIELD page_token).
 */
public record Pages(PageRequest request, String fingerprint) {

    public static Pages of(int pageSize, String pageToken, Object... filters) {
        PageRequest request;
        try {
            request = PageRequest.of(pageSize, pageToken);
        } catch (DomainException e) {
            throw DomainException.invalidField("INVALID_FIELD", e.metadata().getOrDefault("field", "page_token"), e.getMessage());
        }
        String fingerprint = Integer.toHexString(Arrays.stream(filters).map(String::valueOf).toList().hashCode());
        Pages pages = new Pages(request, fingerprint);
        pages.key();
        return pages;
    }

    public int size() {
        return request.size();
    }

    /** The sort key after which this page starts; empty for the first page. */
    public String key() {
        if (request.first()) {
            return "";
        }
        String cursor = request.cursor();
        if (!cursor.startsWith(fingerprint + "/")) {
            throw DomainException.invalidField("INVALID_FIELD", "page_token",
                    "page_token was issued for other filters; start again without it");
        }
        return cursor.substring(fingerprint.length() + 1);
    }

    /** The cursor to hand to Page.fromOverfetched for a row whose sort key is given. */
    public String cursorFor(String key) {
        return fingerprint + "/" + key;
    }

    /** Splits a key into its parts, refusing a token whose key does not parse. */
    public String[] keyParts(int expected) {
        String[] parts = key().split("\\|", -1);
        if (parts.length != expected) {
            throw DomainException.invalidField("INVALID_FIELD", "page_token", "page_token is malformed");
        }
        return parts;
    }
}
