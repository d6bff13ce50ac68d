-- streaming: moderation records that must outlive a show's Redis state (ADR 0015).
-- Every deleted comment: who deleted what, when, and the text as it was shown (null when the comment had already
-- left the room's history). One row per comment: deleting it again changes nothing.
CREATE TABLE streaming.comment_deletion (
    id              uuid         PRIMARY KEY,
    show_id         uuid         NOT NULL REFERENCES streaming.show (id),
    anchor_id       varchar(64)  NOT NULL,
    comment_id      bigint       NOT NULL,
    author_id       varchar(64),
    author_name     varchar(128),
    text            text,
    commented_at    timestamptz,
    deleted_by      varchar(64)  NOT NULL,
    deleted_by_name varchar(128),
    deleted_at      timestamptz  NOT NULL,
    CONSTRAINT comment_deletion_once UNIQUE (show_id, comment_id)
);
CREATE INDEX comment_deletion_recent ON streaming.comment_deletion (deleted_at DESC);
CREATE INDEX comment_deletion_anchor ON streaming.comment_deletion (anchor_id, deleted_at DESC);

-- Platform-wide blocked words, refused in every room. The configured words (streaming.channel.blocked-words) are
-- copied in once, when the list is first read; from then on admins edit the list and this table is the record.
CREATE TABLE streaming.platform_blocked_word (
    word     varchar(64) PRIMARY KEY,
    added_by varchar(64),
    added_at timestamptz NOT NULL
);

-- The list's one row: its version (every instance reloads the words when it sees a newer one) and its last change.
CREATE TABLE streaming.platform_blocked_word_list (
    id         smallint    PRIMARY KEY CHECK (id = 1),
    version    bigint      NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by varchar(64),
    updated_by_name varchar(128)
);
