package io.staygrid.hotel.service;

import io.staygrid.hotel.domain.CatalogErrors;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.paging.Page;
import io.staygrid.support.paging.PageRequest;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging with tokens bound to their list's filters: the cursor is "filters|sort key of the last row",
 * so a token replayed with other filters is refused instead of silently skipping rows.
 */
public final class Paging {

    private Paging() {
    }

    /** The page request, with the shared paging errors reported as this service's INVALID_FIELD. */
    public static PageRequest request(int pageSize, String pageToken) {
        try {
            return PageRequest.of(pageSize, pageToken);
        } catch (DomainException e) {
            throw CatalogErrors.invalid(e.metadata().getOrDefault("field", "page_token"), e.getMessage());
        }
    }

    /** The sort key to continue after, empty on the first page. */
    public static String after(PageRequest request, String filters) {
        if (request.first()) {
            return "";
        }
        String prefix = filters + "|";
        if (!request.cursor().startsWith(prefix)) {
            throw badToken();
        }
        return request.cursor().substring(prefix.length());
    }

    public static long afterId(PageRequest request, String filters) {
        String key = after(request, filters);
        try {
            return key.isEmpty() ? 0 : Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw badToken();
        }
    }

    public static <T> Page<T> page(List<T> overfetched, PageRequest request, String filters, Function<T, String> sortKey) {
        return Page.fromOverfetched(overfetched, request, row -> filters + "|" + sortKey.apply(row));
    }

    public static DomainException badToken() {
        return CatalogErrors.invalid("page_token", "page_token is malformed or was issued for different filters");
    }
}
