package io.livemart.orders.payment.sandbox.persistence;

import io.livemart.orders.payment.sandbox.SandboxPayment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SandboxPaymentRepository implements PanacheRepositoryBase<SandboxPayment, String> {
}
