package io.livemart.orders.payment.sandbox.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livemart.core.error.ConflictException;
import io.livemart.core.error.ServiceUnavailableException;
import io.livemart.orders.OrdersConfig;
import io.livemart.orders.payment.sandbox.SandboxPaymentProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The sandbox provider's side of a callback: it signs the body with its secret and posts it to LiveMart's callback
 * endpoint over HTTP ({@code orders.payment.sandbox-callback-url}), as a real provider's servers would. Blocking, with
 * timeouts; a body may be posted again safely (LiveMart handles each event id once).
 */
@ApplicationScoped
public class SandboxCallbackClient {

    /** LiveMart's answer to a callback. */
    public record Answer(String orderId, String outcome, boolean replay) {
    }

    @Inject
    OrdersConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public Answer post(String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.payment().sandboxCallbackUrl()))
                .timeout(config.payment().sandboxCallbackTimeout())
                .header("Content-Type", "application/json")
                .header(SandboxPaymentProvider.SIGNATURE_HEADER,
                        "sha256=" + SandboxPaymentProvider.sign(body, config.payment().sandboxSecret()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServiceUnavailableException("The sandbox could not reach LiveMart to report the payment; press the button again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("The sandbox was interrupted while reporting the payment; press the button again.", e);
        }
        JsonNode answer = read(response.body());
        if (response.statusCode() == 200) {
            return new Answer(answer.path("orderId").asText(null), answer.path("outcome").asText(null), answer.path("replay").asBoolean());
        }
        String detail = answer.path("detail").asText("status " + response.statusCode());
        if (response.statusCode() >= 500) {
            throw new ServiceUnavailableException("LiveMart could not take the payment now (" + detail + "); press the button again.");
        }
        throw new ConflictException("LiveMart refused the payment: " + detail);
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }
}
