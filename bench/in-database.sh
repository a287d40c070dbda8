# Sourced by the benchmarks that run as a Spring test (bench/stats.sh, bench/nearby.sh):
#   in_database h2|postgres <h2 folder under target/bench> <Maven arguments…>
# H2 runs in a file under target/bench/<folder> (deleted first). PostgreSQL uses the database tambondesk_bench on
# 127.0.0.1:5432 as user postgres (dropped and created again).
in_database() {
  local db=$1 folder=$2
  shift 2
  case "$db" in
    h2)
      rm -rf "target/bench/$folder"
      ./mvnw "$@" \
        "-Dspring.datasource.url=jdbc:h2:file:$PWD/target/bench/$folder/bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
      ;;
    postgres)
      psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists tambondesk_bench" \
        -c "create database tambondesk_bench"
      SPRING_PROFILES_ACTIVE=postgres \
      TAMBONDESK_DB_URL="jdbc:postgresql://127.0.0.1:5432/tambondesk_bench?reWriteBatchedInserts=true" \
      TAMBONDESK_DB_USER=postgres TAMBONDESK_DB_PASSWORD= \
        ./mvnw "$@"
      ;;
    *)
      echo "unknown database '$db': h2 or postgres" >&2
      exit 2
      ;;
  esac
}
