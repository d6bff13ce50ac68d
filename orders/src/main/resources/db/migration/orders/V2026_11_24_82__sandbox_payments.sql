-- The sandbox payment provider's own record. The sandbox is a FAKE provider for the local stack and tests (no money
-- moves): it keeps each checkout it started so that its checkout page can show what is to be paid, and so that "Pay"
-- pressed twice posts the very same signed callback (which LiveMart then answers as a replay).
CREATE TABLE orders.sandbox_payment (
    reference    varchar(100)   PRIMARY KEY,
    order_id     uuid           NOT NULL,
    amount       numeric(15, 2) NOT NULL,
    currency     char(3)        NOT NULL,
    status       varchar(16)    NOT NULL CHECK (status IN ('OPEN', 'SUCCEEDED', 'FAILED')),
    created_at   timestamptz    NOT NULL,
    decided_at   timestamptz,
    event_id     varchar(100),
    outcome      varchar(200)
);
