package io.livemart.streaming.show.persistence;

import io.livemart.streaming.show.Show;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ShowRepository implements PanacheRepositoryBase<Show, UUID> {
}
