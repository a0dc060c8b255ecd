package io.staygrid.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void ordinaryTextInEveryScriptWithEmojiTabsAndNewlinesIsAccepted() {
        assertThat(TextRules.violation("Hôtel du Parc 東京 호텔 \uD83C\uDFE8\tline\r\nnext")).isEmpty();
        assertThat(TextRules.violation("")).isEmpty();
    }

    @Test
    void nulControlsLoneSurrogatesBomAndNoncharactersAreNamed() {
        assertThat(TextRules.violation("a\u0000b")).contains("NUL");
        assertThat(TextRules.violation("a\u001bb")).contains("CONTROL_CHARACTER");
        assertThat(TextRules.violation("a\u0085b")).contains("CONTROL_CHARACTER");
        assertThat(TextRules.violation("a\ud800b")).contains("LONE_SURROGATE");
        assertThat(TextRules.violation("a\udc00")).contains("LONE_SURROGATE");
        assertThat(TextRules.violation("\ud83c")).contains("LONE_SURROGATE");
        assertThat(TextRules.violation("\ufeffname")).contains("BYTE_ORDER_MARK");
        assertThat(TextRules.violation("a\uffffb")).contains("NONCHARACTER");
        assertThat(TextRules.violation("a\ufdd0b")).contains("NONCHARACTER");
        assertThat(TextRules.violation("\uD83F\uDFFF")).contains("NONCHARACTER");
    }
}
