// The tests start their own redis-server (the dedupe store and the shared rate limiter are tested
// against a real one). Debian's `redis-server` package provides it: installed here when it is
// missing and this machine allows it (root with apt-get); otherwise stop with the one command to run.
import { execFileSync, spawnSync } from 'node:child_process';

const found = () => spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
if (!found()) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error('The tests need redis-server (Debian package redis-server). Install it with:\n  sudo apt-get update && sudo apt-get install -y redis-server');
    process.exit(1);
  }
  console.error('redis-server is missing: installing Debian\'s redis-server package (apt-get)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (!found()) {
    console.error('apt-get installed redis-server, but it still does not run: install it by hand (apt-get install -y redis-server).');
    process.exit(1);
  }
}
