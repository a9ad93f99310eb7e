package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class StackHealthTest {

    @Test
    void theGatewayAnswersOnceTheStackReportsEveryServiceUp() throws Exception {
        RunningStack stack = RunningStack.get();

        HttpResponse<String> ready = get(stack.gatewayUrl() + "/readyz");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");
    }

    @Test
    void thePublicPortServesNoMetrics() throws Exception {
        RunningStack stack = RunningStack.get();

        assertThat(get(stack.gatewayUrl() + "/actuator/prometheus").statusCode())
                .isEqualTo(404);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
