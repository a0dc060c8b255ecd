package io.staygrid.support.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.staygrid.support.error.DomainException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void zeroMeansTheDefaultAndLargeSizesAreCoercedToTheMaximum() {
        assertThat(PageRequest.of(0, "").size()).isEqualTo(PageRequest.DEFAULT_SIZE);
        assertThat(PageRequest.of(10_000, "").size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(PageRequest.of(7, "").size()).isEqualTo(7);
    }

    @Test
    void negativeSizeIsInvalid() {
        assertThatThrownBy(() -> PageRequest.of(-1, ""))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.reason()).isEqualTo("INVALID_PAGE_SIZE"));
    }

    @Test
    void aTokenCarriesTheCursorOfTheLastItemBack() {
        List<Integer> rows = IntStream.rangeClosed(1, 4).boxed().toList();
        PageRequest first = PageRequest.of(3, "");

        Page<Integer> page = Page.fromOverfetched(rows, first, String::valueOf);

        assertThat(page.items()).containsExactly(1, 2, 3);
        assertThat(PageRequest.of(3, page.nextPageToken()).cursor()).isEqualTo("3");
    }

    @Test
    void theLastPageHasNoToken() {
        Page<Integer> page = Page.fromOverfetched(List.of(1, 2), PageRequest.of(3, ""), String::valueOf);

        assertThat(page.items()).containsExactly(1, 2);
        assertThat(page.nextPageToken()).isEmpty();
    }

    @Test
    void aForeignTokenIsInvalid() {
        for (String token : new String[] {"not base64 !", "aGVsbG8", PageRequest.tokenAfter("").substring(0, 2)}) {
            assertThatThrownBy(() -> PageRequest.of(10, token))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.reason()).isEqualTo("INVALID_PAGE_TOKEN"));
        }
    }
}
