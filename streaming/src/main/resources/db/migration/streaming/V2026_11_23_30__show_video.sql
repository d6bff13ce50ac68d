-- streaming: what a show needs to go live in the browser. Marketing modes, a cover image, an invited
-- co-host (guest anchor), the Janus node that holds the room, the INTERRUPTED status (Janus lost the room
-- mid-show; the anchor publishes again to recover) and the figures kept after the show.
ALTER TABLE streaming.show
    ADD COLUMN cover_image_url varchar(2048),
    ADD COLUMN guest_anchor_id varchar(64),
    ADD COLUMN janus_node      varchar(255),
    ADD COLUMN interrupted_at  timestamptz,
    ADD COLUMN peak_viewers    integer NOT NULL DEFAULT 0;

ALTER TABLE streaming.show DROP CONSTRAINT show_status_check;
ALTER TABLE streaming.show ADD CONSTRAINT show_status_check
    CHECK (status IN ('SCHEDULED', 'LIVE', 'INTERRUPTED', 'ENDED'));

CREATE TABLE streaming.show_marketing_mode (
    show_id uuid        NOT NULL REFERENCES streaming.show (id) ON DELETE CASCADE,
    mode    varchar(16) NOT NULL CHECK (mode IN ('VALUE', 'CELEBRITY', 'RARE', 'ALTRUISTIC', 'TALENT', 'CONTRAST', 'INTERVIEW')),
    PRIMARY KEY (show_id, mode)
);
