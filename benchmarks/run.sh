#!/usr/bin/env bash
# eventail benchmarks. Builds the benchmarks module (and what it needs) with ./mvnw, then runs:
#
#   benchmarks/run.sh whole    [WholeRun options]   whole-run benchmark: floor vs eventail convert
#   benchmarks/run.sh jmh      [JMH options]        JMH benchmarks of the parser stages and exporters
#   benchmarks/run.sh floor    --dir DIR [--threads N] [--passes P]
#   benchmarks/run.sh generate --posts N --seed S --out DIR
#   benchmarks/run.sh jfr      RECORDING.jfr [top]  where the time goes, from a JFR recording
#
# Examples:
#   benchmarks/run.sh whole                                  # 20,000 posts, every format and each alone
#   benchmarks/run.sh whole --posts 20000,200000 --no-singles --jvm-opts -Xmx256m   # memory
#   benchmarks/run.sh whole --profile                        # and JFR profiles of floor and conversion
#   benchmarks/run.sh jmh -f 1 -wi 3 -i 5 -r 2s              # all JMH benchmarks
#   benchmarks/run.sh jmh ParserStages -p posts=200          # one class
#
# BENCH_NO_BUILD=1 skips the build (reuse the last one).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -lt 1 ]]; then
    awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"
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
    jfr) exec java -cp "$cp" dev.eventail.bench.JfrSummary "$@" ;;
    *)
        echo "run.sh: unknown tool '$tool' (whole, jmh, floor, generate, jfr)" >&2
        exit 2
        ;;
esac
