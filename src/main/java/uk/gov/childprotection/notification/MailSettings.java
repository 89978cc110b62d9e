package uk.gov.childprotection.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail as the council sends it (settings {@code cpc.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 * Without {@code spring.mail.host} no mail is sent: each copy is still logged, as switched off.
 */
@ConfigurationProperties("cpc.mail")
public record MailSettings(
        /* The sender of every email. */
        @DefaultValue("child-protection-conferences@council.example") String from,
        /* The council's name, as emails and letters sign off. */
        @DefaultValue("Children's Social Care") String signature) {
}
