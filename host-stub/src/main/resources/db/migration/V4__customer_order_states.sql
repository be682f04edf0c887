-- A customer order's life: open (kiszállítandó) → fulfilled (teljesítve) or cancelled (sztornózva).
-- The state is stored by its wire name; every order so far was waiting for delivery.
UPDATE customer_order SET status = 'open' WHERE status = 'TO_DELIVER';
ALTER TABLE customer_order ADD CONSTRAINT ck_customer_order_status CHECK (status IN ('open', 'fulfilled', 'cancelled'));
-- why the order was cancelled, in the words of whoever cancelled it; NULL while it is not cancelled
ALTER TABLE customer_order ADD COLUMN cancel_reason VARCHAR(2000);

-- Every change of state, for a plugin that writes the ERP's changes back to the order's source. The
-- sequence is taken from the one row below inside the changing transaction, not from an identity:
-- the row lock makes changes commit in sequence order, so a reader that has seen sequence N can never
-- later find a change below N committed by a slower transaction.
CREATE TABLE customer_order_state_sequence (
    id          INT    NOT NULL PRIMARY KEY,
    last_value  BIGINT NOT NULL
);
INSERT INTO customer_order_state_sequence (id, last_value) VALUES (1, 0);

CREATE TABLE customer_order_state_change (
    sequence    BIGINT        NOT NULL PRIMARY KEY,
    order_id    BIGINT        NOT NULL REFERENCES customer_order (id) ON DELETE CASCADE,
    state       VARCHAR(20)   NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- true when a plugin made the change because the order's source changed it: not to be written back
    by_source   BOOLEAN       NOT NULL,
    reason      VARCHAR(2000) NOT NULL DEFAULT '',
    CONSTRAINT ck_customer_order_state_change_state CHECK (state IN ('open', 'fulfilled', 'cancelled'))
);
CREATE INDEX ix_customer_order_state_change_order ON customer_order_state_change (order_id);
