package io.spinecare.booking.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HoldLapseTest {

    @Test
    void thePatternMatchesExactlyTheKeysOfHoldsLapsedByThen() {
        Random random = new Random(16);
        Instant now = Instant.parse("2030-06-03T03:30:00Z");
        Pattern lapsed = Pattern.compile(HoldLapse.lapsedBy(now));
        for (int i = 0; i < 20_000; i++) {
            // up to about ten years either side: expiries are instants after 1970 by construction
            long offset = (long) (random.nextGaussian() * Math.pow(10, random.nextInt(12)));
            Instant expiry = now.plusMillis(offset);
            assertThat(lapsed.matcher(HoldLapse.key(expiry, "dr-rao-20300605T0330Z"))
                            .find())
                    .as("expiry %s", expiry)
                    .isEqualTo(!expiry.isAfter(now));
        }
    }

    @Test
    void theBoundaryItselfHasLapsedAndAMillisecondLaterHasNot() {
        Instant now = Instant.parse("2030-06-03T03:30:00Z");
        Pattern lapsed = Pattern.compile(HoldLapse.lapsedBy(now));

        assertThat(lapsed.matcher(HoldLapse.key(now, "s")).find()).isTrue();
        assertThat(lapsed.matcher(HoldLapse.key(now.plusMillis(1), "s")).find()).isFalse();
        assertThat(lapsed.matcher(HoldLapse.key(now.minusMillis(1), "s")).find())
                .isTrue();
        assertThat(lapsed.matcher(HoldLapse.key(Instant.EPOCH, "s")).find()).isTrue();
    }
}
