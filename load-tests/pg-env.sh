# Sourced by the psql scripts of the kit: psql's connection settings, by default those of the embedded
# PostgreSQL of a platform that deploy/run.sh started on ${KOPROGO_DATA_DIR:-./koprogo-data} (relative to the
# repository): its port from postmaster.pid, its superuser's password from the file the platform keeps
# (never on a command line). PGHOST, PGPORT, PGUSER, PGDATABASE and PGPASSWORD given in the environment win.
pg_data_dir=${KOPROGO_DATA_DIR:-./koprogo-data}
[[ $pg_data_dir == /* ]] || pg_data_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/${pg_data_dir#./}
export PGHOST=${PGHOST:-localhost} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
if [[ -z ${PGPORT:-} && -r $pg_data_dir/postgres/postmaster.pid ]]; then
    PGPORT=$(sed -n 4p "$pg_data_dir/postgres/postmaster.pid")
fi
: "${PGPORT:?set PGPORT to the platform database port (no embedded database found in $pg_data_dir)}"
export PGPORT
if [[ -z ${PGPASSWORD:-} && -r $pg_data_dir/postgres-password ]]; then
    PGPASSWORD=$(<"$pg_data_dir/postgres-password")
    export PGPASSWORD
fi
