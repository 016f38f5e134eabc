#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start DIR` creates it in DIR (initdb as an unprivileged
# user, trust authentication on this machine only, a free port) and writes its address to DIR/address;
# `stop DIR` stops it and removes DIR. The tests read the address file (SHEGONG_TEST_POSTGRES_FILE).
set -euo pipefail
action=${1:?start or stop}
dir=$(realpath -m "${2:?folder}")
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

# PostgreSQL refuses to run as root: root runs it as the postgres user (or nobody).
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        local user=postgres
        id "$user" >/dev/null 2>&1 || user=nobody
        setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups -- "$@"
    else
        "$@"
    fi
}

stop() {
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "$action" in
stop) stop ;;
start)
    stop
    mkdir -p "$dir/data" "$dir/socket"
    [[ $(id -u) -eq 0 ]] && chown -R "$(id -u postgres 2>/dev/null || id -u nobody)" "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    # The workstations' role (docs/postgresql.md) logs in with a password, as on an office's server:
    # the tests of the password prompt and of the role's rights use it. First matching line wins.
    hba="$dir/data/pg_hba.conf"
    printf 'local all shegong_app scram-sha-256\nhost all shegong_app 127.0.0.1/32 scram-sha-256\n' |
        cat - "$hba" >"$hba.new" && mv "$hba.new" "$hba"
    [[ $(id -u) -eq 0 ]] && chown "$(stat -c %u "$dir/data")" "$hba"
    # Speed over safety for a cluster that lives a few minutes; only this machine may connect.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
        "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null
    psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres)
    "${psql[@]}" -c "CREATE ROLE shegong LOGIN CREATEDB" -c "CREATE DATABASE shegong_test OWNER shegong" \
        -c "CREATE ROLE shegong_app LOGIN PASSWORD 'test-only-app-password'" \
        -c "GRANT pg_signal_backend TO shegong" # a test's database is dropped even if the app role's backend lingers
    # The tests reach it through its socket (a third faster than TCP on this machine).
    echo "postgresql://shegong@$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1], safe=''))" "$dir/socket"):$port/shegong_test" >"$dir/address"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port: $(cat "$dir/address")"
    ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
