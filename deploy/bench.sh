#!/usr/bin/env bash
# One command for every benchmark: builds the jars, starts the local stack on free ports with a
# data folder of its own, measures each scenario side by side and writes docs/benchmarks/report.md
# with PNG charts. Needs a JDK; uses nginx as a reference hop when Debian's package can be had.
# Options: -Dbench.round.seconds=6 -Dbench.warmup.seconds=40 -Dbench.mail.backlog=600 -Dbench.mail.paced.rate=20
# -Dbench.lag.bookings=600 (JAVA_OPTS).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/sbin/nginx ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null 2>&1 \
    || echo "nginx not available: the report goes without the reference hop"
fi
# One reactor run: the benchmark's class path points at the jars just built, never at older installed ones.
./mvnw -q -B -ntp -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
  package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
# One client address sends every request here: lift the per-client write limit (it still runs, and costs).
export RATE_LIMIT_PUBLIC_WRITE_CAPACITY=100000000 RATE_LIMIT_PUBLIC_WRITE_REFILL=100000000
exec java ${JAVA_OPTS:-} -Xmx2g -cp "deploy/benchmarks/target/classes:$(cat deploy/benchmarks/target/bench.classpath)" \
  io.spinecare.bench.BenchmarkReport "$(pwd)"
