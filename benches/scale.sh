#!/usr/bin/env bash
# Measures how the costs grow with the dataset: at 1×, 10× and 100× the real record count,
# the time of `validate` and `export`, the release rebuild of the library (and a program that
# uses it) after a data change (build.rs bakes data/, then rustc compiles the tables), the size
# the embedded data adds to that program, and lookup times.
#
#   bash benches/scale.sh [SCALES...]     (default: 1 10 100)
#
# Works on copies of the repository under ${SCALE_DIR:-/tmp/nato-assurances-scale}; the
# checkout itself is not modified. Prints a Markdown table (see BENCHMARKS.md).
set -euo pipefail
shopt -s inherit_errexit # a failing step inside $(...) stops the script
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${SCALE_DIR:-/tmp/nato-assurances-scale}
scales=("${@:-1 10 100}")
read -r -a scales <<< "${scales[*]}"
export CARGO_TARGET_DIR="$work/target"
mkdir -p "$work"

cargo build --release --quiet --manifest-path "$repo/Cargo.toml" -p nato-assurances-cli
cli="$CARGO_TARGET_DIR/release/assurances" # the binary just built from this checkout

seconds() { # run a command, print its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

copy_repo() { # copy the committed tree of the repository (without data/) to $1
  rm -rf "$1" && mkdir -p "$1"
  git -C "$repo" archive HEAD | tar -x -m -C "$1" --exclude='data/*'
}

size_of_consumer() {
  stat -c %s "$CARGO_TARGET_DIR/release/nato-assurances-consumer-example"
}

# Baseline: the same program with an empty dataset.
copy_repo "$work/empty"
mkdir -p "$work/empty/data"/{actors,sources,commitments,claims,events}
cargo build --release --quiet --manifest-path "$work/empty/Cargo.toml" -p nato-assurances-consumer-example
empty_size=$(size_of_consumer)

echo "| scale | records | dataset.json | validate | export | rebuild (release) | data in binary | binary ÷ dataset.json | dataset() first use | commitment by id | actor_by_name | commitments_by_actor |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for n in "${scales[@]}"; do
  dir="$work/x$n"
  copy_repo "$dir"
  "$cli" synth --scale "$n" --data "$repo/data" --out "$dir/data" > /dev/null
  t_validate=$(cd "$dir" && seconds "$cli" validate)
  t_export=$(cd "$dir" && seconds "$cli" export --data data --out exports --format all)
  t_build=$(seconds cargo build --release --quiet --manifest-path "$dir/Cargo.toml" -p nato-assurances-consumer-example)
  size=$(size_of_consumer)
  json=$(stat -c %s "$dir/exports/dataset.json")
  added=$((size - empty_size))
  ratio=$(echo "scale=2; $added / $json" | bc)
  lookups=$(cargo run --release --quiet --manifest-path "$dir/Cargo.toml" --example lookups)
  records=$(echo "$lookups" | awk -F'\t' '/^records/ {print $2}')
  first_use=$(echo "$lookups" | awk -F'\t' '/^dataset\(\) first use/ {print $2}')
  by_id=$(echo "$lookups" | awk -F'\t' '/^commitment by id/ {print $2}')
  by_name=$(echo "$lookups" | awk -F'\t' '/^actor_by_name/ {print $2}')
  by_actor=$(echo "$lookups" | awk -F'\t' '/^commitments_by_actor/ {print $2}')
  printf '| %s× | %s | %s KB | %.2f s | %.2f s | %.1f s | %s KB | %s | %s µs | %s ns | %s ns | %s ns |\n' \
    "$n" "$records" "$((json / 1024))" "$t_validate" "$t_export" "$t_build" "$((added / 1024))" "$ratio" "$first_use" "$by_id" "$by_name" "$by_actor"
done
