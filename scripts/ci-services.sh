# Starts the PostgreSQL and Redis that the relay scale-out tests use (test/relay/scaleout*.test.ts),
# installing them from Debian's packages when they are missing, and exports DATABASE_URL and REDIS_URL.
# Source it (it sets variables in the calling shell):   . scripts/ci-services.sh
# Run as root on Debian (CI and the development machines). Idempotent: running services are reused.
# Only loopback addresses are used; the database user and password are for tests only.

ci_services() {
  local pg_port=5432 redis_port=6379 db=concord_test user=concord password=concord
  local need=()
  command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  if [ ${#need[@]} -gt 0 ]; then
    echo "ci-services: installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi

  # PostgreSQL: the packaged cluster (created by the package; created here when it is not).
  local version cluster
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  cluster=$(pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1 == v { print $2; exit }')
  if [ -z "$cluster" ]; then
    cluster=main
    pg_createcluster "$version" "$cluster" --port "$pg_port" >/dev/null
  fi
  pg_port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')
  if ! pg_isready -q -h 127.0.0.1 -p "$pg_port"; then
    pg_ctlcluster "$version" "$cluster" start || service postgresql start
  fi
  local i
  for i in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 0.5; done
  pg_isready -h 127.0.0.1 -p "$pg_port" || { echo "ci-services: PostgreSQL did not start"; return 1; }
  runuser -u postgres -- psql -q -p "$pg_port" -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN
    CREATE ROLE $user LOGIN PASSWORD '$password';
  END IF;
END \$\$;
SQL
  if ! runuser -u postgres -- psql -p "$pg_port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
    runuser -u postgres -- createdb -p "$pg_port" -O "$user" "$db"
  fi

  # Redis: a throwaway instance without persistence (the tests make their own key prefix).
  if ! redis-cli -p "$redis_port" ping >/dev/null 2>&1; then
    redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no >/dev/null
  fi
  for i in $(seq 1 60); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.5; done
  redis-cli -p "$redis_port" ping >/dev/null || { echo "ci-services: Redis did not start"; return 1; }

  export DATABASE_URL="postgres://$user:$password@127.0.0.1:$pg_port/$db"
  export REDIS_URL="redis://127.0.0.1:$redis_port"
  echo "ci-services: DATABASE_URL=$DATABASE_URL REDIS_URL=$REDIS_URL"
}

ci_services
