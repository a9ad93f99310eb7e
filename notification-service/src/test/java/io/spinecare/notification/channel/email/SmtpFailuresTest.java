package io.spinecare.notification.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.notification.channel.DeliveryException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;

class SmtpFailuresTest {

    @Test
    void aRecipientRejectedWithA5xxReplyIsPermanentAndTheReasonNamesNoAddress() throws Exception {
        var rejected = new SMTPAddressFailedException(
                new InternetAddress("asha@patients.test"),
                "RCPT TO",
                550,
                "550 5.1.1 <asha@patients.test> user unknown");

        DeliveryException e = SmtpFailures.classify(failure(new SendFailedException("Invalid Addresses", rejected)));

        assertThat(e.permanent()).isTrue();
        assertThat(e.getMessage())
                .isEqualTo("SMTP rejected the recipient (550)")
                .doesNotContain("asha");
    }

    @Test
    void aRecipientDeferredWithA4xxReplyIsTransient() throws Exception {
        var deferred = new SMTPAddressFailedException(
                new InternetAddress("asha@patients.test"), "RCPT TO", 451, "451 try later");

        assertThat(SmtpFailures.classify(failure(new SendFailedException("Temporary", deferred)))
                        .permanent())
                .isFalse();
    }

    @Test
    void anUnreachableServerIsTransient() {
        var refused = new MessagingException("Could not connect", new ConnectException("Connection refused"));

        assertThat(SmtpFailures.classify(refused).permanent()).isFalse();
    }

    private static MessagingException failure(Exception cause) {
        return new MessagingException("Sending failed", cause);
    }
}
