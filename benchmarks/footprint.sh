#!/bin/bash
# Whole mesh up from ./run-local --no-build on a fresh data dir (WIPES .staygrid/), idle RSS of each service, the start times Quarkus logs, then a restart with data kept.
cd "$(dirname "$0")/.."   # the repository root; build first (./mvnw -o -B package -DskipTests)
rm -rf .staygrid
start=$(date +%s.%N)
./run-local --no-build > /tmp/runlocal.log 2>&1 &
RL=$!
deadline=$((SECONDS+180))
until grep -q "localhost:8080" /tmp/runlocal.log && curl -sf localhost:8080/q/health/ready >/dev/null && curl -sf localhost:9084/q/health/ready >/dev/null && curl -sf localhost:9081/q/health/ready >/dev/null && curl -sf localhost:9082/q/health/ready >/dev/null && curl -sf localhost:9083/q/health/ready >/dev/null; do
  [ $SECONDS -gt $deadline ] && { echo TIMEOUT; break; }
  sleep 0.2
done
up=$(date +%s.%N)
echo "mesh up (all five ready, incl. first-run seeding) in $(echo "$up - $start" | bc) s"
sleep 30
for s in hotel-svc inventory-svc pricing-svc reservation-svc edge-rest; do
  pid=$(pgrep -f "$s/target/quarkus-app/quarkus-run.jar" | head -1)
  echo "$s pid $pid idle RSS $(( $(grep VmRSS /proc/$pid/status | awk '{print $2}') / 1024 )) MB"
done
grep -hE "started in [0-9.]+s" /tmp/runlocal.log .staygrid/logs/*.log 2>/dev/null | sed -E 's/.*\] \(main\) //' | cut -c1-120
kill -TERM $RL; wait $RL 2>/dev/null
# restart with data kept (no seeding): the usual case
start=$(date +%s.%N)
./run-local --no-build > /tmp/runlocal2.log 2>&1 &
RL=$!
until curl -sf localhost:8080/q/health/ready >/dev/null && curl -sf localhost:9084/q/health/ready >/dev/null && curl -sf localhost:9081/q/health/ready >/dev/null && curl -sf localhost:9082/q/health/ready >/dev/null && curl -sf localhost:9083/q/health/ready >/dev/null; do sleep 0.2; done
up=$(date +%s.%N)
echo "mesh up again (data kept, no seeding) in $(echo "$up - $start" | bc) s"
kill -TERM $RL; wait $RL 2>/dev/null
