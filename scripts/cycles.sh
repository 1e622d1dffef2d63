#!/usr/bin/env bash
# cycles.sh [N] [stack]   (npm run cycles -- N)
# N deploy-and-destroy cycles of a local stack (default 10 of sandbox-local), one after another,
# each reported with its result and times: the deploy (cdktf deploy), a query through the
# read-write service on the VIP, the units that failed in any node's journal (status=219/CGROUP
# was the intermittent one), the destroy, and what the destroy left on the host. A benchmark of
# boot reliability, not a test: not run by CI. Root.
# Each cycle holds /tmp/pigsty-e2e.lock (the end-to-end suites' lock: one deployment on the shared
# bridge at a time) and releases it before the next, so other runs wait for one cycle at most.
# Logs of each cycle in $LOGS (default a new directory under /tmp).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT" || exit 1
cycles=${1:-10}
stack=${2:-sandbox-local}
workdir=/var/lib/pigsty-local/sandbox
LOGS=${LOGS:-$(mktemp -d /tmp/pigsty-cycles-XXXXXX)}
LOCK=${LOCK:-/tmp/pigsty-e2e.lock}
export CI=1 CHECKPOINT_DISABLE=1 FORCE_COLOR=0 TF_CLI_CONFIG_FILE="${TF_CLI_CONFIG_FILE:-/dev/null}"
[ "$(id -u)" = 0 ] || { echo "cycles.sh deploys local containers: run it as root" >&2; exit 1; }
npx tsc -b tsconfig.build.json || exit 1

# What a destroy may leave: namespaces, links, mounts and node directories of the local sandboxes.
leftovers() {
  ip netns list | awk '/^pgl-/ { print "netns " $1 }'
  ip -o link show | awk -F': ' '$2 ~ /^pgl/ { sub(/@.*/, "", $2); print "link " $2 }'
  grep -F " $workdir/" /proc/mounts | awk '{ print "mount " $2 }'
  [ -d "$workdir/nodes" ] && find "$workdir/nodes" -mindepth 1 -maxdepth 1 -printf 'node directory %f\n'
  return 0
}

# Units that failed on any node during this boot, from the nodes' own journals.
failed_units() {
  local node
  for node in "$workdir"/nodes/*/; do
    [ -d "$node/root/var/log/journal" ] || continue
    journalctl -D "$node/root/var/log/journal" --no-pager -o cat 2>/dev/null |
      sed -n "s/^\([^ ]*\): Failed with result '\(.*\)'.*/$(basename "$node") \1 (\2)/p;s/^\([^ ]*\): Main process exited, code=exited, status=219\/CGROUP.*/$(basename "$node") \1 (219\/CGROUP)/p"
  done | sort -u | paste -sd ',' -
}

one_cycle() {
  local i=$1 started deploy_s destroy_s result=ok detail=""
  started=$(date +%s)
  if ! npx cdktf deploy "$stack" --auto-approve >"$LOGS/cycle-$i-deploy.log" 2>&1; then
    result=FAILED
    detail="deploy failed: $(grep -E 'Error|FAILED' "$LOGS/cycle-$i-deploy.log" | head -3 | tr '\n' ' ' | cut -c1-300)"
  fi
  deploy_s=$(($(date +%s) - started))
  local url
  url=$(node dist/stacks/sandbox-access.js "$stack" | awk '/^psql .*:5433\/test/ { print $2; exit }')
  if [ "$result" = ok ] && ! psql "$url" -Atc 'select 1' >/dev/null 2>"$LOGS/cycle-$i-psql.log"; then
    result=FAILED
    detail="psql $url: $(head -1 "$LOGS/cycle-$i-psql.log")"
  fi
  local failed
  failed=$(failed_units)
  [ -n "$failed" ] && detail="${detail:+$detail; }failed units: $failed"
  case "$failed" in *219/CGROUP*) result=FAILED ;; esac
  # What a failed cycle's nodes logged, kept before the destroy removes them.
  if [ "$result" != ok ] || [ -n "$failed" ]; then
    local node
    for node in "$workdir"/nodes/*/; do
      journalctl -D "$node/root/var/log/journal" --no-pager -o short-precise >"$LOGS/cycle-$i-$(basename "$node").journal" 2>&1
      cat "$node/console.log" >"$LOGS/cycle-$i-$(basename "$node").console" 2>&1
    done
  fi
  started=$(date +%s)
  if ! npx cdktf destroy "$stack" --auto-approve >"$LOGS/cycle-$i-destroy.log" 2>&1; then
    result=FAILED
    detail="${detail:+$detail; }destroy failed"
  fi
  destroy_s=$(($(date +%s) - started))
  local left
  left=$(leftovers | paste -sd ',' -)
  if [ -n "$left" ]; then
    result=FAILED
    detail="${detail:+$detail; }left behind: $left"
  fi
  printf '%5s  %-6s  %8s  %9s  %s\n' "$i" "$result" "$deploy_s" "$destroy_s" "${detail:-}" | tee -a "$LOGS/summary.txt"
  [ "$result" = ok ]
}

echo "cycles: $cycles of $stack, logs in $LOGS"
printf '%5s  %-6s  %8s  %9s  %s\n' cycle result deploy_s destroy_s detail | tee "$LOGS/summary.txt"
passed=0
for i in $(seq 1 "$cycles"); do
  # Exported for the locked child shell (it is a new process).
  export -f one_cycle leftovers failed_units
  export LOGS stack workdir
  if flock "$LOCK" bash -c "one_cycle $i"; then passed=$((passed + 1)); fi
done
echo "cycles: $passed of $cycles passed" | tee -a "$LOGS/summary.txt"
[ "$passed" = "$cycles" ]
