#!/usr/bin/env bash
# Crash recovery, measured: the packaged application is killed (kill -9) while its job executor writes
# conference records, started again, and timed until every asynchronous job is done; then it checks that
# nothing was lost or done twice (one record and one decision letter per parent for each case, no second
# version, no failed job, no incident). Prints the figures (see docs/benchmarks.md, "Crash recovery").
#
# Needs PostgreSQL on 127.0.0.1:5432 with trust authentication for user postgres (as CI's services have it);
# creates a database of its own and drops it at the end. Settings: CASES (default 40), PORT (default 18080),
# KILL_AFTER_DONE (kill once this many records are written, default 3).
set -euo pipefail
cd "$(dirname "$0")/.."

CASES=${CASES:-40}
PORT=${PORT:-18080}
KILL_AFTER_DONE=${KILL_AFTER_DONE:-3}
DB=cpc_crash_$(date +%s)
URL=jdbc:postgresql://127.0.0.1:5432/$DB
LOGS=$(mktemp -d)
APP_PID=

sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -qAtc "$1"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" postgres >/dev/null 2>&1 || true
}
trap cleanup EXIT

psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" postgres
echo "database $DB, $CASES cases, logs in $LOGS"

./mvnw -q -DskipTests -DskipUnitTests=true package
JAR=$(ls target/child-protection-conferences-*.jar | grep -v original | head -1)

# The load: cases walked to a held conference, each leaving its "Write the conference record" job waiting.
./mvnw -q org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test \
    -Dexec.mainClass=uk.gov.childprotection.documents.CrashRecoveryLoad -Dexec.cleanupDaemonThreads=false \
    -Dcases="$CASES" -Dspring.datasource.url="$URL" -Dspring.datasource.username=postgres > "$LOGS/load.log" 2>&1
JOBS_AT_START=$(sql "select count(*) from act_ru_job where type_ = 'message'")
echo "jobs waiting before the first start: $JOBS_AT_START"

start_app() {
    java -jar "$JAR" --spring.profiles.active=postgres --spring.datasource.url="$URL" \
        --spring.datasource.username=postgres --server.port="$PORT" --cpc.admin.required=false \
        --logging.level.root=WARN > "$LOGS/$1.log" 2>&1 &
    APP_PID=$!
}
records() { sql "select count(*) from document where document_type = 'CONFERENCE_RECORD'"; }
jobs_left() { sql "select count(*) from act_ru_job where type_ = 'message' and retries_ > 0"; }

start_app first
while [ "$(records)" -lt "$KILL_AFTER_DONE" ]; do
    kill -0 "$APP_PID" || { echo "the first start stopped; see $LOGS/first.log"; exit 1; }
    sleep 0.2
done
LOCKED=$(sql "select count(*) from act_ru_job where type_ = 'message' and lock_owner_ is not null")
DEAD_OWNER=$(sql "select max(lock_owner_) from act_ru_job where lock_owner_ is not null")
kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
KILLED=$(now)
# When the dead node's locks run out, as seconds after the kill (the database's clock for both).
LOCKS_FREE=$(sql "select round(extract(epoch from (max(lock_exp_time_) - clock_timestamp()))::numeric, 1) from act_ru_job where lock_owner_ = '$DEAD_OWNER'")
echo "killed -9 with $(records) of $CASES records written, $(jobs_left) jobs left, $LOCKED locked by the dead node"

start_app second
RESTARTED=$(now)
READY=
FIRST_DEAD_JOB_TAKEN=
while true; do
    kill -0 "$APP_PID" || { echo "the second start stopped; see $LOGS/second.log"; exit 1; }
    if [ -z "$READY" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health")" != 000 ]; then
        READY=$(now)
    fi
    if [ -z "$FIRST_DEAD_JOB_TAKEN" ] && [ "$LOCKED" -gt 0 ] \
        && [ "$(sql "select count(*) from act_ru_job where lock_owner_ = '$DEAD_OWNER'")" -lt "$LOCKED" ]; then
        FIRST_DEAD_JOB_TAKEN=$(now)
    fi
    [ "$(jobs_left)" -eq 0 ] && break
    sleep 0.5
done
DONE=$(now)
[ -n "$READY" ] || READY=$DONE
[ -n "$FIRST_DEAD_JOB_TAKEN" ] || FIRST_DEAD_JOB_TAKEN=$DONE

RECORDS=$(records)
PER_CASE=$(sql "select count(distinct n) from (select count(*) n from document where document_type = 'CONFERENCE_RECORD' group by case_id) x")
SECOND_VERSIONS=$(sql "select count(*) from document where version > 1")
LETTERS=$(sql "select count(*) from document where document_type = 'DECISION_LETTER'")
DUP_LETTERS=$(sql "select count(*) from (select 1 from document where document_type = 'DECISION_LETTER' group by case_id, participant_id having count(*) > 1) x")
PARENTS=$(sql "select count(*) from conference_participant p where p.kind = 'PARENT'")
FAILED=$(sql "select count(*) from act_ru_job where retries_ = 0")
INCIDENTS=$(sql "select count(*) from act_ru_incident")

echo "dead node's locks run out after:       ${LOCKS_FREE:-0} s (from the kill)"
echo "restart to ready:                      $(secs "$RESTARTED" "$READY") s"
echo "ready to first dead node's job taken:  $(secs "$READY" "$FIRST_DEAD_JOB_TAKEN") s"
echo "kill to first dead node's job taken:   $(secs "$KILLED" "$FIRST_DEAD_JOB_TAKEN") s"
echo "kill to every job done:                $(secs "$KILLED" "$DONE") s"
echo "restart to every job done:             $(secs "$RESTARTED" "$DONE") s"
echo "conference records: $RECORDS for $CASES cases (one per case: $([ "$PER_CASE" = 1 ] && echo yes || echo NO))"
echo "decision letters: $LETTERS for $PARENTS parents invited, $DUP_LETTERS parents with two"
echo "documents with a second version: $SECOND_VERSIONS; failed jobs: $FAILED; incidents: $INCIDENTS"
if [ "$RECORDS" -ne "$CASES" ] || [ "$PER_CASE" != 1 ] || [ "$SECOND_VERSIONS" -ne 0 ] || [ "$DUP_LETTERS" -ne 0 ] \
    || [ "$LETTERS" -ne "$PARENTS" ] || [ "$FAILED" -ne 0 ] || [ "$INCIDENTS" -ne 0 ]; then
    echo "FAILED: work lost or duplicated"; exit 1
fi
echo "OK: nothing lost, nothing duplicated"
