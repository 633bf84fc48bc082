-- Supervision ledger (监管记录账本): an append-only RFC 6962 Merkle log. See ADR 0023-0025.

-- One row: the log's hash algorithm, fixed when the log is created.
create table ledger_log (
    id             smallint primary key check (id = 1),
    hash_algorithm text        not null check (hash_algorithm in ('SHA-256', 'SM3')),
    created_at     timestamptz not null
);

-- The leaves. leaf_input is the UTF-8 canonical JSON (RFC 8785) of the whole entry.
create table ledger_entry (
    leaf_index   bigint primary key check (leaf_index >= 0),
    leaf_hash    bytea       not null check (length(leaf_hash) = 32),
    leaf_input   bytea       not null,
    entry_type   text        not null,
    public_act   boolean     not null,
    subject_type text        not null,
    subject_id   text        not null,
    created_at   timestamptz not null
);
create index ledger_entry_hash on ledger_entry (leaf_hash);
create index ledger_entry_subject on ledger_entry (subject_type, subject_id);

-- Roots of the complete (perfect) subtrees of 2^level leaves, level >= 1, starting at leaf idx * 2^level.
create table ledger_node (
    level smallint not null check (level between 1 and 62),
    idx   bigint   not null check (idx >= 0),
    hash  bytea    not null check (length(hash) = 32),
    primary key (level, idx)
);

-- Tree-head signing keys; every key ever used stays here so that old heads stay verifiable.
create table ledger_key (
    key_id     text primary key,
    algorithm  text        not null check (algorithm in ('Ed25519', 'SM2')),
    public_key bytea       not null,
    created_at timestamptz not null
);

-- Every signed tree head.
create table ledger_tree_head (
    id           bigserial primary key,
    tree_size    bigint      not null check (tree_size >= 0),
    timestamp_ms bigint      not null,
    root_hash    bytea       not null check (length(root_hash) = 32),
    signature    bytea       not null,
    key_id       text        not null references ledger_key (key_id)
);
create index ledger_tree_head_size on ledger_tree_head (tree_size, timestamp_ms);

-- Results of the self-check.
create table ledger_check (
    id                 bigserial primary key,
    started_at         timestamptz not null,
    finished_at        timestamptz not null,
    tree_size          bigint      not null,
    entries_checked    bigint      not null,
    ok                 boolean     not null,
    mismatches         bigint      not null default 0,
    failed_leaf_index  bigint,
    failed_entry_type  text,
    detail             text
);
