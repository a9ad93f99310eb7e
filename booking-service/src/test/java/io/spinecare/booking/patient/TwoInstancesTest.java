package io.spinecare.booking.patient;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.BookingServiceApplication;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.MutableClock;
import io.spinecare.booking.support.TestBackends;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Invariant 1 across service instances: two whole applications share one database. */
class TwoInstancesTest extends IntegrationTest {

    private static ConfigurableApplicationContext secondInstance;

    private Api other;

    @BeforeAll
    static void startASecondInstance() {
        secondInstance = new SpringApplicationBuilder(BookingServiceApplication.class, TestBackends.class)
                .profiles("test")
                .run("--server.port=0"); // an argument: defaults would lose to application.yml
    }

    @AfterAll
    static void stopTheSecondInstance() {
        secondInstance.close();
    }

    @BeforeEach
    void bothInstancesShareTheClock() {
        secondInstance.getBean(MutableClock.class).set(clock.instant());
        other = Api.at(Integer.parseInt(secondInstance.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void sixtyFourBookingsOfOneSlotThroughTwoInstancesGiveExactlyOneAppointment() {
        String slotId = fixtures.oneSlot();

        List<Api.Reply> replies = Concurrently.run(64, n -> (n % 2 == 0 ? api : other)
                .post("/api/appointments", booking(slotId).build()));

        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(63);
        assertThat(mongo.getCollection("appointments").countDocuments()).isEqualTo(1);
    }

    @Test
    void sixtyFourHoldsOfOneSlotThroughTwoInstancesGiveExactlyOneHold() {
        String slotId = fixtures.oneSlot();

        List<Api.Reply> replies =
                Concurrently.run(64, n -> (n % 2 == 0 ? api : other).postEmpty("/api/slots/" + slotId + "/hold"));

        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(63);
    }

    @Test
    void aBookingMadeOnOneInstanceIsManagedOnTheOther() {
        Api.Reply booked =
                api.post("/api/appointments", booking(fixtures.oneSlot()).build());

        Api.Reply cancelled = other.postEmpty(
                "/api/appointments/" + booked.string("reference") + "/cancel",
                "X-Manage-Token",
                booked.string("manageToken"));

        assertThat(cancelled.string("status")).isEqualTo("cancelled");
    }
}
