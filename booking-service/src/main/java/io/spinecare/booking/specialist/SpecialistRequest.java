package io.spinecare.booking.specialist;

import io.spinecare.content.ConsultationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the front desk sends to create or update a specialist. */
public record SpecialistRequest(
        @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_MESSAGE) String id,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 120) String subSpecialty,
        @NotNull @Size(max = 30)
                List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_MESSAGE) String> conditionIds,
        @NotEmpty @Size(max = 5) List<@NotNull ConsultationType> consultationTypes,
        @NotEmpty @Size(max = 2) List<@NotNull ConsultationMode> modes,
        @Size(max = 200) String location) {}
