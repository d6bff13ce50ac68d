package io.livemart.orders.payment;

import io.livemart.core.error.NotFoundException;
import io.livemart.orders.OrdersConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Finds payment adapters by name: the configured one for new payments, any known one for callbacks and refunds. */
@ApplicationScoped
public class PaymentProviders {

    @Inject
    Instance<PaymentProvider> providers;

    @Inject
    OrdersConfig config;

    public PaymentProvider current() {
        return named(config.payment().provider());
    }

    public PaymentProvider named(String name) {
        for (PaymentProvider p : providers) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new NotFoundException("No payment provider '" + name + "'.");
    }
}
