package io.spinecare.booking.waitlist;

import io.spinecare.booking.patient.ManageTokens;
import org.springframework.stereotype.Component;

/**
 * The private token of an offer link: a manage token (ADR 0207, same keys and rotation) over the subject
 * {@code waitlist-offer:<offerId>}, which no appointment id can equal, so neither token opens the other (ADR 0222).
 */
@Component
class OfferTokens {

    static final String SUBJECT_PREFIX = "waitlist-offer:";

    private final ManageTokens tokens;

    OfferTokens(ManageTokens tokens) {
        this.tokens = tokens;
    }

    String tokenFor(String offerId) {
        return tokens.derive(SUBJECT_PREFIX + offerId, 1);
    }

    /** Constant-time; a null offer id (unknown offer) never matches but costs the same. */
    boolean matches(String presented, String offerId) {
        return tokens.matches(presented, offerId == null ? null : SUBJECT_PREFIX + offerId, 1);
    }
}
