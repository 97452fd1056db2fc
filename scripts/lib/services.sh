# Shared by scripts/setup.sh and scripts/demo.sh (source it): start the local systemd-journald
# and dockerd when they are not running. Each function echoes the PID it started, or nothing
# when the service was already there. Needs root.

# Probe journald by writing to it: a socket file can outlive the daemon (a machine handed over
# with its processes ended keeps /run), and then only a real write tells.
pp_journald_ok() { systemd-cat -t podpulse-setup true >/dev/null 2>&1; }

pp_start_journald() {
  pp_journald_ok && return 0
  /usr/lib/systemd/systemd-journald >/var/log/pp-journald.log 2>&1 &
  local pid=$!
  for _ in $(seq 1 100); do pp_journald_ok && break; sleep 0.05; done
  pp_journald_ok || { echo "journald did not start; see /var/log/pp-journald.log" >&2; return 1; }
  echo "$pid"
}

pp_start_dockerd() {
  docker version >/dev/null 2>&1 && return 0
  # A pidfile left by a daemon that was ended with the previous session would stop dockerd.
  if [ -f /var/run/docker.pid ]; then
    local old state
    old=$(cat /var/run/docker.pid 2>/dev/null || true)
    state=$(awk '/^State:/{print $2}' "/proc/$old/status" 2>/dev/null || true)
    if [ -z "$old" ] || [ -z "$state" ] || [ "$state" = Z ]; then rm -f /var/run/docker.pid; fi
  fi
  dockerd >/var/log/pp-dockerd.log 2>&1 &
  local pid=$!
  for _ in $(seq 1 150); do docker version >/dev/null 2>&1 && break; sleep 0.2; done
  docker version >/dev/null 2>&1 || { echo "dockerd did not start; see /var/log/pp-dockerd.log" >&2; return 1; }
  echo "$pid"
}
