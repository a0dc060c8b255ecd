package io.staygrid.localrunner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedStateTest {

    @Test
    void aSavedCatalogAndTheRatesMarkerSurviveARestart(@TempDir Path dir) {
        List<SeededRoomType> catalog = List.of(new SeededRoomType(1, 10, "EUR", 140), new SeededRoomType(2, 20, "JPY", 18_000));

        new SeedState(dir).saveCatalog(catalog);
        new SeedState(dir).markRatesDone();

        SeedState restarted = new SeedState(dir);
        assertThat(restarted.catalog()).contains(catalog);
        assertThat(restarted.ratesDone()).isTrue();
    }

    @Test
    void nothingIsSeededInAFreshDirectory(@TempDir Path dir) {
        assertThat(new SeedState(dir).catalog()).isEmpty();
        assertThat(new SeedState(dir).ratesDone()).isFalse();
    }
}
