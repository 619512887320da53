// End-to-end tests: build the site, then drive the built site in real Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `\nThe end-to-end tests need Chromium, and there is none at ${chromium}.\n` +
      'Install it with:  sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.\n',
  );
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The build prints its pages, the search index and the JavaScript weights, and no warnings (issue
// 14, finding 12): a newcomer must not have to tell harmless noise from a real problem. A warning is
// therefore new, and fails the run here, where its cause is easiest to find.
function build() {
  const result = spawnSync('npm', ['run', 'build'], { env: process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.status !== 0) process.exit(result.status ?? 1);
  const warnings = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => /\bwarn(ing)?s?\b|\[WARN\]/i.test(line));
  if (warnings.length) {
    console.error(`\nThe build printed ${warnings.length} warning line(s); find the cause rather than filter it:\n${warnings.slice(0, 20).join('\n')}\n`);
    process.exit(1);
  }
}

if (process.env.E2E_SKIP_BUILD !== '1') build();
run('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)]);
