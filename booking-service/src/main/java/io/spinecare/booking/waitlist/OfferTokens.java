package io.spinecare.booking.waitlist;

import io.spinecare.managetoken.ManageTokenSigner;
import org.springframework.stereotype.Component;

/**
 * The private token of an offer link: a manage token (ADR 0207, same signer, keys and rotation) over the subject
 * {@code waitlist-offer:<offerId>}, which no appointment id can equal, so neither token opens the other (ADR 0222).
 */
@Component
class OfferTokens {

    static final String SUBJECT_PREFIX = "waitlist-offer:";

    private final ManageTokenSigner signer;

    OfferTokens(ManageTokenSigner signer) {
        this.signer = signer;
    }

    String tokenFor(String offerId) {
        return signer.sign(SUBJECT_PREFIX + offerId, 1);
    }

    /** Constant-time; a null offer id (unknown offer) never matches but costs the same. */
    boolean matches(String presented, String offerId) {
        return signer.matches(presented, offerId == null ? null : SUBJECT_PREFIX + offerId, 1);
    }
}
