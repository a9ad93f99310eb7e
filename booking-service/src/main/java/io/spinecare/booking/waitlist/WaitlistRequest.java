package io.spinecare.booking.waitlist;

import io.spinecare.booking.web.ContactPatterns;
import io.spinecare.content.ConsultationType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** {@code POST /api/waitlist}: what the patient is waiting for, and how to reach them. */
record WaitlistRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") String conditionId,
        @NotNull ConsultationType consultationType,
        @Size(max = 64) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") String specialistId,
        LocalDate earliest,
        LocalDate latest,
        @NotNull @Valid Contact patient) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "WaitlistContactRequest")
    record Contact(
            @NotBlank @Size(max = 100) @Pattern(regexp = ContactPatterns.NAME) String name,
            @NotBlank @Size(max = 254) @Email(regexp = ContactPatterns.EMAIL) String email,
            @NotBlank @Size(max = 20) @Pattern(regexp = "^\\+?[0-9][0-9 ()\\-]{6,19}$") String phone,
            /* Optional; given here, accepting an offer books with one click (a booking needs it). */
            @Past LocalDate dateOfBirth) {

        @AssertTrue(message = "dateOfBirth must be after 1900")
        boolean isBornAfter1900() {
            return dateOfBirth == null || dateOfBirth.getYear() > 1900;
        }
    }

    @AssertTrue(message = "latest must not be before earliest")
    boolean isRangeOrdered() {
        return earliest == null || latest == null || !latest.isBefore(earliest);
    }
}
