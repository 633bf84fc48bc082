-- Which demo seeding steps have finished on this database (demo profile only; empty elsewhere).
create table demo_load (
    step      text primary key,
    scale     double precision not null,
    loaded_at timestamptz not null
);
