package io.spinecare.notification.support;

import io.spinecare.managetoken.ManageTokenProperties;
import io.spinecare.managetoken.ManageTokenSigner;
import io.spinecare.notification.system.NotificationProperties;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The service's settings as Spring would bind them (defaults included), for tests without a context. */
public final class TestProperties {

    private TestProperties() {}

    public static NotificationProperties notification(Map<String, String> overrides) {
        var source = new MapConfigurationPropertySource(
                Map.of("spinecare.notification.public-base-url", "https://book.spinecare.test"));
        var withOverrides = new MapConfigurationPropertySource(overrides);
        return new Binder(withOverrides, source).bindOrCreate("spinecare.notification", NotificationProperties.class);
    }

    public static NotificationProperties notification() {
        return notification(Map.of());
    }

    public static ManageTokenSigner manageToken() {
        return new ManageTokenSigner(new ManageTokenProperties(
                new ManageTokenProperties.Key(ManageTokens.TEST_KEY_ID, ManageTokens.TEST_SECRET), null));
    }
}
