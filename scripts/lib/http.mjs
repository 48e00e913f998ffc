// A tiny HTTP client for the shell scripts (so they need Node only, not curl or jq).
// Usage: node scripts/lib/http.mjs METHOD URL [--token T] [--json TEXT] [--expect STATUS]
//                                  [--get a.b.c] [--quiet]
// Prints the response body, or with --get the value at that dotted path of the JSON body.
// Exit 0 when the status is --expect (default: any 2xx), 1 otherwise (body on stderr), 2 on usage.
const [method, url, ...rest] = process.argv.slice(2);
const options = {};
for (let i = 0; i < rest.length; i++) {
  const name = rest[i];
  if (name === '--quiet') {
    options.quiet = true;
  } else if (['--token', '--json', '--expect', '--get'].includes(name) && i + 1 < rest.length) {
    options[name.slice(2)] = rest[++i];
  } else {
    console.error(`http.mjs: unknown argument ${name}`);
    process.exit(2);
  }
}
if (!method || !url) {
  console.error('usage: node scripts/lib/http.mjs METHOD URL [--token T] [--json TEXT] [--expect STATUS] [--get path] [--quiet]');
  process.exit(2);
}

let response;
try {
  response = await fetch(url, {
    method,
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...(options.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: options.json,
    signal: AbortSignal.timeout(30_000),
  });
} catch (e) {
  if (!options.quiet) {
    console.error(`${method} ${url}: ${e.cause?.code ?? e.message}`);
  }
  process.exit(1);
}
const text = await response.text();
const ok = options.expect ? response.status === Number(options.expect) : response.ok;
if (!ok) {
  if (!options.quiet) {
    console.error(`${method} ${url}: HTTP ${response.status}${options.expect ? ` (expected ${options.expect})` : ''}`);
    console.error(text.slice(0, 2000));
  }
  process.exit(1);
}
if (options.get) {
  let value = JSON.parse(text);
  for (const key of options.get.split('.')) {
    value = value?.[key];
  }
  if (value === undefined) {
    console.error(`${method} ${url}: no ${options.get} in the response`);
    process.exit(1);
  }
  console.log(typeof value === 'string' ? value : JSON.stringify(value));
} else if (!options.quiet) {
  process.stdout.write(text);
}
