package uk.gov.childprotection.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.documents.Document;

/**
 * Emails a participant their copy as PDF attachments. Spring Boot makes a mail sender only when
 * {@code spring.mail.host} is set; without one, mail is switched off and {@link #send} says so.
 */
@Component
class DocumentMailer {

    record Mail(String to, String subject, String body, List<Attachment> attachments) {
    }

    record Attachment(String fileName, Document document) {
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;

    DocumentMailer(ObjectProvider<JavaMailSender> sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    boolean switchedOn() {
        return sender.getIfAvailable() != null;
    }

    /** Sends the mail; false when mail is switched off. A refusal by the mail server is an exception (a retry). */
    boolean send(Mail mail) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return false;
        }
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body() + "\n\n" + settings.signature());
            for (Attachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.document().getContent()),
                        "application/pdf");
            }
            mailSender.send(message);
            return true;
        } catch (MessagingException | MailException e) {
            throw new IllegalStateException("the mail server did not take the email to " + mail.to() + ": "
                    + e.getMessage(), e);
        }
    }
}
