package io.staygrid.support.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the token for the next one (empty when there is none). */
public record Page<T>(List<T> items, String nextPageToken) {

    /**
     * Builds a page from up to {@code request.size() + 1} rows fetched in sort order: the extra row,
     * if present, only tells that there is more, and the cursor of the last row kept goes in the token.
     */
    public static <T> Page<T> fromOverfetched(List<T> rows, PageRequest request, Function<T, String> cursorOf) {
        if (rows.size() <= request.size()) {
            return new Page<>(List.copyOf(rows), "");
        }
        List<T> kept = List.copyOf(rows.subList(0, request.size()));
        return new Page<>(kept, PageRequest.tokenAfter(cursorOf.apply(kept.get(kept.size() - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextPageToken);
    }
}
