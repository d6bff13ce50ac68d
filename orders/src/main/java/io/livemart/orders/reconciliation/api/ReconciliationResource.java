package io.livemart.orders.reconciliation.api;

import io.livemart.core.security.Roles;
import io.livemart.orders.reconciliation.ReconciliationReport;
import io.livemart.orders.reconciliation.ReconciliationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the stock reconciliation on demand. */
@Path("/api/admin/reconciliation")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    @Inject
    ReconciliationService reconciliation;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reconcile live stock with the record now",
            description = "Role: admin. Expires due reservations, checks every open and recently closed sale lot, repairs "
                    + "and reports the differences.")
    public ReconciliationReport run() {
        return reconciliation.reconcile();
    }
}
