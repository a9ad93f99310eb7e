package io.spinecare.notification.channel;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.spinecare.notification.channel.email.EmailSender;
import io.spinecare.notification.channel.sms.SmsSender;
import io.spinecare.notification.message.EmailContent;
import io.spinecare.notification.message.MessageComposer;
import io.spinecare.notification.message.MessageRequest;
import org.springframework.stereotype.Component;

/**
 * Renders a message for its channel and hands it to the provider behind that channel's circuit breaker
 * ({@code email}, {@code sms}). Throws {@link DeliveryException}; an open breaker is a transient failure.
 */
@Component
public class DeliveryChannels {

    private final MessageComposer composer;
    private final EmailSender email;
    private final SmsSender sms;
    private final CircuitBreaker emailBreaker;
    private final CircuitBreaker smsBreaker;

    DeliveryChannels(MessageComposer composer, EmailSender email, SmsSender sms, CircuitBreakerRegistry breakers) {
        this.composer = composer;
        this.email = email;
        this.sms = sms;
        this.emailBreaker = breakers.circuitBreaker("email");
        this.smsBreaker = breakers.circuitBreaker("sms");
    }

    public void send(Channel channel, String recipient, MessageRequest request, String deliveryId) {
        try {
            switch (channel) {
                case EMAIL -> {
                    EmailContent content = render(() -> composer.email(request));
                    emailBreaker.executeRunnable(() -> email.send(recipient, content, deliveryId));
                }
                case SMS -> {
                    String text = render(() -> composer.sms(request));
                    smsBreaker.executeRunnable(() -> sms.send(recipient, text, deliveryId));
                }
            }
        } catch (CallNotPermittedException e) {
            throw DeliveryException.notAttempted(channel + " circuit breaker is open");
        }
    }

    /** False while the channel's breaker is open: due work for it can wait instead of being claimed. */
    public boolean accepting(Channel channel) {
        CircuitBreaker breaker = breaker(channel);
        return switch (breaker.getState()) {
            case OPEN, FORCED_OPEN -> false;
            default -> true;
        };
    }

    public CircuitBreaker breaker(Channel channel) {
        return channel == Channel.EMAIL ? emailBreaker : smsBreaker;
    }

    private static <T> T render(java.util.function.Supplier<T> renderer) {
        try {
            return renderer.get();
        } catch (RuntimeException e) {
            throw DeliveryException.permanent(
                    "message could not be rendered: " + e.getClass().getSimpleName());
        }
    }
}
