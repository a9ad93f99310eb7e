#!/usr/bin/env sh
# Booking benchmark (not a test): bookings/s and p50/p99 latency of POST /api/appointments.
# Usage, from the repository root:
#   booking-service/bench.sh [clients] [specialists] [distinct] [hotRounds]
#       defaults: 32 clients, 40 specialists (38,400 slots), 4,000 distinct-slot bookings, 150 hot-slot rounds
#   booking-service/bench.sh claims
#       raw claim rate on mongo-java-server: {revision} key versus {_id, status} filter (ADR 0200)
set -e
cd "$(dirname "$0")/.."
./mvnw -B -ntp -o -q -pl booking-service -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
MAIN=io.spinecare.booking.bench.BookingBenchmark
if [ "$1" = "claims" ]; then MAIN=io.spinecare.booking.bench.ClaimStrategyBenchmark; shift; fi
exec java -Xmx1g -cp "booking-service/target/test-classes:booking-service/target/classes:$(cat booking-service/target/bench.classpath)" \
  "$MAIN" "$@"
