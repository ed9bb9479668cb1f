#!/usr/bin/env bash
# Builds the fuzz targets and runs one of them with libFuzzer.
#
#   Fuzz/run.sh TARGET SECONDS [libFuzzer flags...]
#
# TARGET is fuzz-frontmatter, fuzz-markdown, fuzz-citations, fuzz-layout, fuzz-html or fuzz-shortcodes. New inputs go to
# Fuzz/Findings/TARGET/corpus (the committed seeds in Fuzz/Corpus/TARGET are read, never
# written); crashes, timeouts and OOMs to Fuzz/Findings/TARGET/ as crash-*, timeout-*, oom-*;
# the run's output to Fuzz/Findings/TARGET/run-<time>.log.
# FUZZ_NO_BUILD=1 skips the build. Extra flags go to libFuzzer, e.g. to replay or minimize:
#   Fuzz/run.sh fuzz-layout 0 Fuzz/Findings/fuzz-layout/crash-…
#   Fuzz/run.sh fuzz-layout 60 -minimize_crash=1 Fuzz/Findings/fuzz-layout/crash-…
set -euo pipefail

target=${1:?usage: run.sh TARGET SECONDS [libFuzzer flags...]}
seconds=${2:?usage: run.sh TARGET SECONDS [libFuzzer flags...]}
shift 2
here=$(cd "$(dirname "$0")" && pwd)

case "$target" in
    fuzz-frontmatter) max_len=4096;  dict=frontmatter ;;
    fuzz-markdown)    max_len=65536; dict=markdown ;;
    fuzz-citations)   max_len=2048;  dict=citations ;;
    fuzz-layout)      max_len=16384; dict=markdown ;;
    fuzz-html)        max_len=16384; dict=html ;;
    fuzz-shortcodes)  max_len=16384; dict=shortcodes ;;
    *) echo "unknown target: $target" >&2; exit 2 ;;
esac

if [[ "${FUZZ_NO_BUILD:-}" != 1 ]]; then
    # lld: ld.gold crashes linking the fuzzer runtime on this toolchain.
    (cd "$here" && swift build -c release --product "$target" \
        -Xswiftc -sanitize=fuzzer,address \
        -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)
fi

findings="$here/Findings/$target"
mkdir -p "$findings/corpus"
inputs=("$findings/corpus" "$here/Corpus/$target")
# Replaying or minimizing names input files; then the corpus directories are left out.
for argument in "$@"; do
    if [[ "$argument" != -* ]]; then inputs=(); break; fi
done

time_flag=()
if [[ "$seconds" != 0 ]]; then time_flag=(-max_total_time="$seconds"); fi

# Known leaks in a pinned dependency, and nothing else, are not findings (see lsan.supp).
# Swift's own crash backtracer reads the stack in ways ASan reports as a second error.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$here/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
exec > >(tee "$findings/run-$(date +%Y%m%d-%H%M%S).log") 2>&1
"$here/.build/release/$target" \
    -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -dict="$here/Dictionaries/$dict.dict" -artifact_prefix="$findings/" \
    "${time_flag[@]}" "$@" "${inputs[@]}"
