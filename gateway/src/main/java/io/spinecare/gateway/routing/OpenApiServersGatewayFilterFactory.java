package io.spinecare.gateway.routing;

import java.util.List;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.rewrite.ModifyResponseBodyGatewayFilterFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Route filter {@code OpenApiServers}: a service's OpenAPI document names the service's own
 * address as its server; through the gateway the Swagger UI must call the gateway instead, so
 * {@code servers} becomes {@code [{"url": "/"}]} (same origin, and the CSP allows it).
 */
@Component
class OpenApiServersGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private final ModifyResponseBodyGatewayFilterFactory modifyResponseBody;
    private final JsonMapper json;

    OpenApiServersGatewayFilterFactory(ModifyResponseBodyGatewayFilterFactory modifyResponseBody, JsonMapper json) {
        super(Object.class);
        this.modifyResponseBody = modifyResponseBody;
        this.json = json;
    }

    @Override
    public GatewayFilter apply(Object ignored) {
        var config = new ModifyResponseBodyGatewayFilterFactory.Config()
                .setRewriteFunction(String.class, String.class, (exchange, body) -> Mono.justOrEmpty(rewrite(body)));
        return modifyResponseBody.apply(config);
    }

    String rewrite(String document) {
        if (document == null) {
            return null;
        }
        try {
            JsonNode root = json.readTree(document);
            if (!(root instanceof ObjectNode openApi) || !openApi.has("openapi")) {
                return document; // an error body or something else: leave it alone
            }
            openApi.set("servers", json.valueToTree(List.of(Map.of("url", "/", "description", "SpineCare gateway"))));
            return json.writeValueAsString(openApi);
        } catch (JacksonException notJson) {
            return document;
        }
    }
}
