package dev.gloss.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class JsNumberFormatTest {

    @Test
    void writesDoublesExactlyAsNodeStringDoes() {
        JsonNode values = VectorFiles.read("js-number-strings.json").get("values");
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode value : values) {
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(value.get(0).asText(), 16));
            softly.assertThat(JsNumberFormat.format(x)).as("bits %s", value.get(0).asText())
                    .isEqualTo(value.get(1).asText());
        }
        softly.assertAll();
        assertThat(values.size()).isGreaterThan(500);
    }

    @Test
    void usesTheShortestDigitsWhereJavaWritesMore() {
        // Java 17's Double.toString is not always shortest (JDK-4511638, fixed in 19).
        assertThat(Double.toString(2e23)).isEqualTo("1.9999999999999998E23");
        assertThat(JsNumberFormat.format(2e23)).isEqualTo("2e+23");
        assertThat(Double.toString(2.82879384806159E17)).isEqualTo("2.82879384806159008E17");
        assertThat(JsNumberFormat.format(2.82879384806159E17)).isEqualTo("282879384806159000");
        assertThat(JsNumberFormat.format(2.11810397 * 2.3065)).isEqualTo("4.885406806805");
    }

    @Test
    void switchesToExponentsOutsideOneTenMillionthToOneSextillion() {
        assertThat(JsNumberFormat.format(1e21)).isEqualTo("1e+21");
        assertThat(JsNumberFormat.format(123456789012345680000.0)).isEqualTo("123456789012345680000");
        assertThat(JsNumberFormat.format(1e-7)).isEqualTo("1e-7");
        assertThat(JsNumberFormat.format(0.000001)).isEqualTo("0.000001");
        assertThat(JsNumberFormat.format(-0.0)).isEqualTo("0");
    }
}
