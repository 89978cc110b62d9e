package uk.gov.childprotection.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who the letters come from: the council's name (and its number for the DfE), the service, its address and how to reach it, and its logo. Every
 * document carries them at the top (prefix {@code cpc.council}); a council sets its own.
 */
@Validated
@ConfigurationProperties("cpc.council")
public record CouncilSettings(
        /* "Oxfordshire County Council". */
        @NotBlank String name,
        /* The council's number for the Department for Education (its three-digit LA code, 931 for Oxfordshire):
           the census return is sent under it. */
        @NotBlank @Pattern(regexp = "\\d{3}", message = "must be the council's three-digit number for the DfE")
        String code,
        /* The service the letters come from: "Child Protection and Review Unit". */
        @DefaultValue("Child Protection and Review Unit") String service,
        /* The service's postal address, a line each. */
        @DefaultValue({}) List<String> address,
        String phone,
        String email,
        String website,
        /* A PNG of the council's logo (a Spring resource: classpath:... or file:...); none if not set. */
        String logo,
        /* Where families answer the feedback letter: this application's address, with /feedback (each letter adds
           the person's own secret to it). */
        @DefaultValue("http://localhost:8080/feedback") String feedbackLink) {

    public CouncilSettings {
        address = address == null ? List.of() : List.copyOf(address);
    }
}
