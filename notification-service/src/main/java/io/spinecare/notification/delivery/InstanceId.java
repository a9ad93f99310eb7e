package io.spinecare.notification.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Names this instance as the owner of its leases: host name plus a random suffix per start. */
@Component
class InstanceId {

    private final String value;

    InstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        this.value = host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String value() {
        return value;
    }
}
