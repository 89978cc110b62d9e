package uk.gov.childprotection.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed sign-ins are throttled (prefix {@code cpc.sign-in}; see {@link SignInThrottle}): after
 * {@code max-failures} wrong passwords for one user from one address within {@code window}, that address may not
 * try that user again for {@code refusal}. Never longer, and never for the account as a whole.
 */
@Validated
@ConfigurationProperties("cpc.sign-in")
public record SignInSettings(
        @DefaultValue("5") @Min(1) int maxFailures,
        @DefaultValue("15m") @NotNull Duration window,
        @DefaultValue("15m") @NotNull Duration refusal,
        /* How many address and user pairs are remembered at most; the least used are forgotten first. */
        @DefaultValue("100000") @Min(100) int maxTracked) {
}
