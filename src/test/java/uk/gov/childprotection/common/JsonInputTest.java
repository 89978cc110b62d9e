package uk.gov.childprotection.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import uk.gov.childprotection.cases.NewReferral;

/** The API's JSON reading: a value only in its own type, dates as yyyy-mm-dd within sane years. */
class JsonInputTest {

    private final ObjectMapper json = mapper();

    private static ObjectMapper mapper() {
        Jackson2ObjectMapperBuilder builder = new Jackson2ObjectMapperBuilder();
        new JsonInput().strictJsonInput().customize(builder);
        return builder.build();
    }

    private static String referral(String child, String rest) {
        return "{\"child\": {\"givenName\": \"Uma\", \"familyName\": \"Example\", \"dateOfBirth\": \"2025-09-01\","
                + " \"gender\": \"FEMALE\"" + child + "}, \"referralDate\": \"2026-12-04\", \"referralSource\":"
                + " \"HEALTH\", \"concerns\": \"Worried\"" + rest + "}";
    }

    @Test
    void aGoodReferralIsRead() throws Exception {
        assertThat(json.canDeserialize(json.constructType(NewReferral.class))).isTrue();
        NewReferral read = json.readValue(referral("", ", \"circumstances\": [\"PARENTAL_SUBSTANCE_MISUSE\"]"),
                NewReferral.class);
        assertThat(read.child().dateOfBirth()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void numbersAreNeitherChoicesNorText() {
        assertThatThrownBy(() -> json.readValue(referral("", "").replace("\"FEMALE\"", "1"), NewReferral.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("gender");
        assertThatThrownBy(() -> json.readValue(referral("", "").replace("\"HEALTH\"", "4"), NewReferral.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("referralSource");
        assertThatThrownBy(() -> json.readValue(referral("", ", \"circumstances\": [0, 3]"), NewReferral.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("circumstances");
        assertThatThrownBy(() -> json.readValue(referral("", "").replace("\"Uma\"", "12"), NewReferral.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("givenName");
    }

    @Test
    void datesAreDaysWithinSaneYears() {
        for (String date : new String[] {"+999999999-12-31", "2026-12-01T25:00", "2026-02-30", "1899-12-31",
                "04/12/2026"}) {
            assertThatThrownBy(() -> json.readValue(referral("", "").replace("\"2026-12-04\"", "\"" + date + "\""),
                    NewReferral.class)).as(date).isInstanceOf(InvalidFormatException.class)
                    .hasMessageContaining("referralDate");
        }
    }
}
