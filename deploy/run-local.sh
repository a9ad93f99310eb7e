#!/usr/bin/env bash
# Builds what it needs, then starts SpineCare on embedded infrastructure; Ctrl-C stops it all.
# Ports and real-infrastructure addresses come from the environment (README, "Running it").
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Building SpineCare (tests skipped; ./mvnw verify runs them)..."
./mvnw -q -B -ntp -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true package
exec java -jar deploy/local-stack/target/local-stack-exec.jar
