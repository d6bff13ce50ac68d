package io.livemart.streaming.show.persistence;

import io.livemart.streaming.show.Show;
import io.livemart.streaming.show.ShowStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ShowRepository implements PanacheRepositoryBase<Show, UUID> {

    /**
     * Shows in one status, optionally of one anchor: live ones most recently started first, scheduled ones
     * soonest first, ended ones most recently ended first.
     */
    public List<Show> inStatus(ShowStatus status, String anchorId, int page, int size) {
        Sort sort = switch (status) {
            case LIVE, INTERRUPTED -> Sort.by("startedAt", Sort.Direction.Descending);
            case SCHEDULED -> Sort.by("scheduledStart", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST);
            case ENDED -> Sort.by("endedAt", Sort.Direction.Descending);
        };
        String query = anchorId == null ? "status = :status" : "status = :status and anchorId = :anchor";
        Parameters params = Parameters.with("status", status);
        if (anchorId != null) {
            params = params.and("anchor", anchorId);
        }
        return find(query, sort.and("id"), params).page(Page.of(page, size)).list();
    }
}
