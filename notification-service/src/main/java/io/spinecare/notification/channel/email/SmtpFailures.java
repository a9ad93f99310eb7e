package io.spinecare.notification.channel.email;

import io.spinecare.notification.channel.DeliveryException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/**
 * Sorts an SMTP failure: a 5xx rejection of the recipient is permanent, everything else (connection
 * refused or dropped, timeouts, 4xx "try later") is transient. Provider texts quote addresses, so reasons
 * are ours.
 */
final class SmtpFailures {

    private SmtpFailures() {}

    static DeliveryException classify(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPAddressFailedException rejected) {
                int code = rejected.getReturnCode();
                return code >= 500
                        ? DeliveryException.permanent("SMTP rejected the recipient (" + code + ")")
                        : DeliveryException.transientFailure("SMTP deferred the recipient (" + code + ")");
            }
            if (t instanceof SendFailedException sendFailed
                    && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return DeliveryException.permanent("SMTP rejected the recipient");
            }
        }
        return DeliveryException.transientFailure("SMTP server unavailable");
    }
}
