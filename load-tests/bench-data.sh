#!/usr/bin/env bash
# Generates benchmark data straight into the platform's PostgreSQL: SCALE times KoproGo's realistic world
# (3 organizations, 23 buildings, ~190 units, ~127 owners, ~60 expenses), half of it in one "large"
# organization so that its lists grow with SCALE, plus a syndic of that organization to sign in as.
#
# Usage: load-tests/bench-data.sh [BASE_URL] [SCALE]   (defaults http://localhost:8080, 10)
#   The database: the embedded one of KOPROGO_DATA_DIR [./koprogo-data], port and password found there (see
#   pg-env.sh), or PGHOST [localhost] PGPORT PGUSER [postgres] PGDATABASE [postgres] PGPASSWORD as psql reads them.
#   ADMIN [admin@koprogo.com:admin123]  the superadmin that creates the syndic through the API.
# Prints the syndic's "email:password" for bench.sh's LOGIN. Benchmark tooling, not demo data: see module-seed.
set -euo pipefail
BASE_URL=${1:-http://localhost:8080}
SCALE=${2:-10}
ADMIN=${ADMIN:-admin@koprogo.com:admin123}
. "$(dirname "$0")/pg-env.sh"

organization=$(psql -qAt -v ON_ERROR_STOP=1 -v scale="$SCALE" <<'SQL'
with orgs as (
    insert into organizations (id, name, slug, contact_email, subscription_plan, max_buildings, max_users)
    select gen_random_uuid(), 'Bench ' || :scale || ' #' || n, 'bench-' || :scale || '-' || n || '-' || substr(md5(random()::text), 1, 6),
           'bench' || n || '@example.be', 'enterprise', 999999, 999
    from generate_series(1, 3 * :scale) n
    returning id, name
), numbered as (
    select id, row_number() over (order by name) as n from orgs
), buildings_made as (
    -- half the buildings in organization 1, the rest spread over the others
    insert into buildings (id, organization_id, name, address, city, postal_code, country, total_units,
                           total_tantiemes, construction_year)
    select gen_random_uuid(), o.id, 'Résidence ' || b, 'Rue ' || b, (array['Bruxelles','Liège','Namur','Gent'])[1 + b % 4],
           (1000 + b % 9000)::text, 'Belgique', 9, 10000, 1950 + b % 70
    from generate_series(1, 23 * :scale) b
    join numbered o on o.n = case when b % 2 = 0 then 1 else 2 + b % (3 * :scale - 1) end
    returning id, organization_id
)
select count(*) from buildings_made;
SQL
)
psql -qAt -v ON_ERROR_STOP=1 -v scale="$SCALE" <<'SQL'
-- about 8 units per building, quotas within 10000 tantièmes
insert into units (id, organization_id, building_id, unit_number, unit_type, floor, surface_area, quota)
select gen_random_uuid(), b.organization_id, b.id, 'U' || u, (array['apartment','apartment','apartment','parking','cellar'])[1 + u % 5],
       u % 6, 40 + u * 7 % 90, 1000
from buildings b join organizations o on o.id = b.organization_id and o.name like 'Bench ' || :scale || ' #%'
cross join generate_series(1, 8) u;
-- about 0.66 owners per unit
insert into owners (id, organization_id, first_name, last_name, email, phone, city, country)
select gen_random_uuid(), u.organization_id, (array['Jean','Marie','Luc','Anne','Paul'])[1 + n % 5],
       (array['Martin','Dubois','Peeters','Janssens','Maes'])[1 + n % 5] || ' ' || n,
       'owner' || n || '.' || substr(u.id::text, 1, 8) || '@example.be', '+32499' || lpad(n::text, 6, '0'), 'Bruxelles', 'Belgique'
from (select u.*, row_number() over () as n from units u join organizations o on o.id = u.organization_id
      and o.name like 'Bench ' || :scale || ' #%') u
where u.n % 3 <> 0;
-- each unit owned by one owner of its organization
insert into unit_owners (id, organization_id, unit_id, building_id, owner_id, ownership_percentage, is_primary_contact, start_date)
select gen_random_uuid(), u.organization_id, u.id, u.building_id, ow.id, 1, true, now()
from (select u.*, row_number() over (partition by u.organization_id order by u.id) as n
      from units u join organizations o on o.id = u.organization_id and o.name like 'Bench ' || :scale || ' #%') u
join (select ow.*, row_number() over (partition by ow.organization_id order by ow.id) as n, count(*) over (partition by ow.organization_id) as c
      from owners ow join organizations o on o.id = ow.organization_id and o.name like 'Bench ' || :scale || ' #%') ow
  on ow.organization_id = u.organization_id and ow.n = 1 + (u.n - 1) % ow.c;
-- about 2.6 expenses per building
insert into expenses (id, organization_id, building_id, category, description, amount, expense_date, supplier,
                      invoice_number, payment_status, approval_status)
select gen_random_uuid(), b.organization_id, b.id, (array['maintenance','utilities','insurance','cleaning'])[1 + e % 4],
       'Facture ' || e, round((50 + random() * 2000)::numeric, 2), timestamptz '2025-01-01' + e * interval '9 days',
       'Fournisseur ' || e % 7, 'INV-' || substr(b.id::text, 1, 8) || '-' || e, 'pending', 'draft'
from buildings b join organizations o on o.id = b.organization_id and o.name like 'Bench ' || :scale || ' #%'
cross join generate_series(1, 3) e
where (hashtext(b.id::text) + e) % 8 <> 0;
analyze;
SQL
large=$(psql -qAt -c "select id from organizations where name = 'Bench $SCALE #1'")
token=$(curl -sf -XPOST "$BASE_URL/api/v1/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"${ADMIN%%:*}\",\"password\":\"${ADMIN#*:}\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')
email="bench-syndic-$SCALE-$RANDOM@example.be"
curl -sf -o /dev/null -XPOST "$BASE_URL/api/v1/users" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
     -d "{\"email\":\"$email\",\"password\":\"bench-password\",\"first_name\":\"Bench\",\"last_name\":\"Syndic\",\"role\":\"syndic\",\"organization_id\":\"$large\"}"
psql -qAt -c "select 'organization ' || o.name || ': ' || (select count(*) from buildings where organization_id = o.id) || ' buildings, '
  || (select count(*) from units where organization_id = o.id) || ' units, '
  || (select count(*) from owners where organization_id = o.id) || ' owners, '
  || (select count(*) from expenses where organization_id = o.id) || ' expenses' from organizations o where o.id = '$large'" >&2
echo "$organization buildings made in $((3 * SCALE)) organizations" >&2
echo "$email:bench-password"
