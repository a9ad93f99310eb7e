package io.spinecare.booking.privacy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.spinecare.booking.web.ContactPatterns;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who to erase: exactly one of an appointment reference or an e-mail address. */
@Schema(description = "Exactly one of `reference` and `email`.")
record ErasureRequest(
        @Schema(example = "SC-7K3Q9D") @Pattern(regexp = "^SC-[0-9A-Z]{6}$", message = "must look like SC-7K3Q9D")
                String reference,
        @Schema(example = "asha@example.org") @Email @Pattern(regexp = ContactPatterns.EMAIL) @Size(max = 254)
                String email) {

    @JsonIgnore
    @AssertTrue(message = "give exactly one of reference and email")
    boolean isExactlyOneKey() {
        return (reference == null) != (email == null);
    }
}
