package io.spinecare.booking.support;

import io.spinecare.booking.waitlist.WaitlistMatcher;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Base of HTTP-level tests: an empty database, the clock at {@link TestTimes#NOW}, two clients. */
@BookingIntegrationTest
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    private WaitlistMatcher matcher;

    /** Anonymous: a patient. */
    protected Api api;

    /** With a front-desk token. */
    protected Api desk;

    protected Fixtures fixtures;

    @BeforeEach
    void startFromAnEmptyClinic() {
        // Between sweeps of the waitlist matcher, so a sweep over the last test's entries cannot write after the wipe.
        matcher.whileIdle(() -> {
            clock.set(TestTimes.NOW);
            // Documents go, indexes stay: they were created when the context started.
            for (String collection : mongo.getCollectionNames()) {
                mongo.getCollection(collection).deleteMany(new Document());
            }
        });
        api = Api.at(port);
        desk = api.withBearer(StaffTokens.frontDesk());
        fixtures = new Fixtures(desk);
    }
}
