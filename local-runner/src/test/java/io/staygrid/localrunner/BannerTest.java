package io.staygrid.localrunner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BannerTest {

    @Test
    void theBannerStartsWithTheGuestSiteAndTheStaffPanel() {
        assertThat(Banner.siteLines(8080)).hasSize(3)
                .satisfies(lines -> assertThat(lines.get(0)).contains("Guest site", "http://localhost:8080/ "))
                .satisfies(lines -> assertThat(lines.get(1)).contains("Staff panel", "http://localhost:8080/admin"))
                .satisfies(lines -> assertThat(lines.get(2)).contains("http://localhost:8080/sign-in"));
    }
}
