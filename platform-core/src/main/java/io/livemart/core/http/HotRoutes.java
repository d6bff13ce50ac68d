package io.livemart.core.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livemart.core.error.DomainException;
import io.livemart.core.error.Problem;
import io.livemart.core.error.ProblemMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * What the few hottest requests share when a Vert.x route answers them before RESTEasy (ADR 0024, 0025): the caller's
 * identity, and answers written the way RESTEasy writes them. Such a route answers only what it is sure of, on the
 * event loop; whatever else it meets goes on to the resource ({@link RoutingContext#next()}), which answers as always.
 */
public final class HotRoutes {

    private HotRoutes() {
    }

    /**
     * Runs {@code then} with the caller's identity (null when it cannot be had) on the request's own context.
     * Authentication is lazy ({@code quarkus.http.auth.proactive=false}): this asks for the identity, and RESTEasy
     * reuses it when the request goes on.
     */
    public static void withIdentity(RoutingContext ctx, Consumer<SecurityIdentity> then) {
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> onContext(context, () -> then.accept(identity)),
                failure -> onContext(context, () -> then.accept(null)));
    }

    /** Runs {@code step} on {@code context}: at once when already there (a cached token), else as its next task. */
    public static void onContext(Context context, Runnable step) {
        if (Vertx.currentContext() == context) {
            step.run();
        } else {
            context.runOnContext(ignored -> step.run());
        }
    }

    /** Whether the request says its body is JSON. */
    public static boolean isJson(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.startsWith("application/json");
    }

    /** Answers with a JSON body. */
    public static void json(RoutingContext ctx, ObjectMapper json, int status, Object body) {
        write(ctx, json, status, "application/json", body);
    }

    /** Answers a domain failure with the same problem document as {@link ProblemMapper}. */
    public static void problem(RoutingContext ctx, ObjectMapper json, DomainException failure) {
        Problem problem = ProblemMapper.of(failure, ctx.request().path());
        write(ctx, json, problem.status(), Problem.MEDIA_TYPE, problem);
    }

    private static void write(RoutingContext ctx, ObjectMapper json, int status, String type, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException cannotHappen) {
            ctx.fail(cannotHappen);
            return;
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type).end(Buffer.buffer(bytes));
    }
}
