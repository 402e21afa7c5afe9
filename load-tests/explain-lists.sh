#!/usr/bin/env bash
# EXPLAIN ANALYZE of the SQL behind the main lists (as EclipseLink sends it: the page, then the count), for the
# "large" organization that load-tests/bench-data.sh made at SCALE.
#
# Usage: load-tests/explain-lists.sh [SCALE]   (default 10; the database as bench-data.sh finds it)
set -euo pipefail
SCALE=${1:-10}
. "$(dirname "$0")/pg-env.sh"
org=$(psql -qAt -c "select id from organizations where name = 'Bench $SCALE #1'")
building=$(psql -qAt -c "select id from buildings where organization_id = '$org' order by name limit 1")
unit=$(psql -qAt -c "select id from units where building_id = '$building' order by unit_number limit 1")
explain() {
    printf '\n### %s\n\n```\n' "$1"
    psql -qAt -c "explain (analyze, costs off, timing on, summary on) $2" | grep -v '^$'
    printf '```\n'
}
echo "Organization 'Bench $SCALE #1': $(psql -qAt -c "select (select count(*) from buildings where organization_id = '$org') || ' buildings, ' || (select count(*) from units where organization_id = '$org') || ' units, ' || (select count(*) from owners where organization_id = '$org') || ' owners, ' || (select count(*) from expenses where organization_id = '$org') || ' expenses; whole database: ' || (select count(*) from units) || ' units'")"
explain "GET /buildings (sort name)" "select * from buildings where organization_id = '$org' order by name, id limit 20 offset 0"
explain "total_items of an unfiltered list (row_counts)" "select row_count from row_counts where table_name = 'units' and organization_id = '$org'"
explain "total_items of a filtered list (counted)" "select count(id) from units where organization_id = '$org' and unit_type = 'parking'"
explain "GET /units (sort unit_number)" "select * from units where organization_id = '$org' order by unit_number, id limit 20 offset 0"
explain "GET /units?unit_type=parking" "select * from units where organization_id = '$org' and unit_type = 'parking' order by unit_number, id limit 20"
explain "GET /units?building_id=" "select * from units where organization_id = '$org' and building_id = '$building' order by unit_number, id limit 20"
explain "GET /owners (sort last_name)" "select * from owners where organization_id = '$org' order by last_name, id limit 20 offset 0"
explain "GET /owners?search=mart" "select * from owners where organization_id = '$org' and lower(first_name || ' ' || last_name || ' ' || email) like '%mart%' order by last_name, id limit 20"
explain "GET /owners?search=owner1234 (selective)" "select * from owners where organization_id = '$org' and lower(first_name || ' ' || last_name || ' ' || email) like '%owner1234.%' order by last_name, id limit 20"
explain "GET /expenses (sort expense_date)" "select * from expenses where organization_id = '$org' order by expense_date, id limit 20 offset 0"
explain "GET /expenses?category=utilities" "select * from expenses where organization_id = '$org' and category = 'utilities' order by expense_date, id limit 20"
explain "GET /buildings/{id}/expenses" "select * from expenses where organization_id = '$org' and building_id = '$building' order by expense_date, id limit 100"
explain "GET /units/{id}/owners (active shares)" "select * from unit_owners where organization_id = '$org' and unit_id = '$unit' and end_date is null order by start_date, id limit 100"
owner=$(psql -qAt -c "select owner_id from unit_owners where unit_id = '$unit' and end_date is null limit 1")
explain "owner role: the buildings it holds" "select distinct building_id from unit_owners where owner_id = '$owner' and end_date is null"
