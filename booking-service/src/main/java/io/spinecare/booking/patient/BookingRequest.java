package io.spinecare.booking.patient;

import io.spinecare.booking.web.ContactPatterns;
import io.spinecare.content.BodyRegion;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.Modality;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code POST /api/appointments}: the patient's booking ($book). */
record BookingRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String slotId,
        @Size(max = 64) @Pattern(regexp = Patterns.TOKEN, message = Patterns.ID_MESSAGE) String holdId,
        @NotNull ConsultationType consultationType,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String conditionId,
        @NotNull @Valid PatientDetails patient,
        @Size(max = 10) List<@NotNull @Valid ScanDetails> imaging,
        @Size(max = 20) Map<@NotBlank @Size(max = 64) String, @NotNull Boolean> redFlags) {

    record PatientDetails(
            @NotBlank @Size(max = 100) @Pattern(regexp = Patterns.NAME, message = "must be a name") String name,
            @NotBlank @Size(max = 254) @Email(regexp = ContactPatterns.EMAIL) String email,
            @NotBlank
                    @Size(max = 20)
                    @Pattern(regexp = Patterns.PHONE, message = "must be a phone number such as +91 98765 43210")
                    String phone,
            @NotNull @Past LocalDate dateOfBirth) {

        @AssertTrue(message = "dateOfBirth must be after 1900")
        boolean isBornAfter1900() {
            return dateOfBirth == null || dateOfBirth.getYear() > 1900;
        }
    }

    record ScanDetails(
            @NotNull Modality modality, @NotNull BodyRegion region, @NotNull @PastOrPresent LocalDate performedOn) {

        @AssertTrue(message = "performedOn must be after 1950")
        boolean isPerformedAfter1950() {
            return performedOn == null || performedOn.getYear() > 1950;
        }
    }

    List<ScanDetails> imagingOrEmpty() {
        return imaging == null ? List.of() : imaging;
    }
}
