package uk.gov.childprotection.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesEveryCellAndDisarmsFormulas() {
        assertThat(Csv.of(List.of(List.of("Case", "Reason"), List.of("CP-1", "He said \"no\""),
                List.of("=HYPERLINK(\"x\")", -3)))).isEqualTo("\"Case\",\"Reason\"\r\n"
                        + "\"CP-1\",\"He said \"\"no\"\"\"\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",\"-3\"\r\n");
    }
}
