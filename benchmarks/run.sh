#!/usr/bin/env bash
# eventail benchmarks. Builds the benchmarks module (and what it needs) with ./mvnw, then runs:
#
#   benchmarks/run.sh whole    [WholeRun options]   whole-run benchmark: floor vs eventail convert
#   benchmarks/run.sh jmh      [JMH options]        JMH benchmarks of the parser stages and exporters
#   benchmarks/run.sh floor    --dir DIR [--threads N] [--passes P]
#   benchmarks/run.sh generate --posts N --seed S --out DIR
#
# Examples:
#   benchmarks/run.sh whole                                  # 20,000 posts, every format and each alone
#   benchmarks/run.sh whole --posts 200000 --no-singles --jvm-opts -Xmx256m
#   benchmarks/run.sh jmh -f 1 -wi 3 -i 5 -r 2s              # all JMH benchmarks
#   benchmarks/run.sh jmh ParserStages -p posts=200          # one class
#
# BENCH_NO_BUILD=1 skips the build (reuse the last one).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -lt 1 ]]; then
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
tool=$1
shift

if [[ -z "${BENCH_NO_BUILD:-}" || ! -f benchmarks/target/classpath.txt ]]; then
    echo "[run.sh] building the benchmarks module..." >&2
    ./mvnw -B -q -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true >&2
fi
cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

case "$tool" in
    whole) exec java -cp "$cp" dev.eventail.bench.WholeRun "$@" ;;
    jmh) exec java -cp "$cp" org.openjdk.jmh.Main "$@" ;;
    floor) exec java -cp "$cp" dev.eventail.bench.Floor "$@" ;;
    generate) exec java -cp "$cp" dev.eventail.bench.ArchiveGenerator "$@" ;;
    *)
        echo "run.sh: unknown tool '$tool' (whole, jmh, floor, generate)" >&2
        exit 2
        ;;
esac
