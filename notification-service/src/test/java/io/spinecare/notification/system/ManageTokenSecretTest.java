package io.spinecare.notification.system;

import io.spinecare.notification.NotificationServiceApplication;
import io.spinecare.testsupport.ManageTokenSecretChecks;

/** notification-service has no usable default secret: without a proper MANAGE_TOKEN_SECRET it does not start. */
class ManageTokenSecretTest extends ManageTokenSecretChecks {

    ManageTokenSecretTest() {
        super(NotificationServiceApplication.class);
    }
}
