// A second process that requests /api/v1/health every 20 ms until stdin closes, then prints the
// latencies (ms) as JSON: the client's own work never shares the server's event loop.
const url = process.argv[2];
const lat = [];
let running = true;
process.stdin.on('end', () => (running = false));
process.stdin.resume();
while (running) {
  const t = performance.now();
  try {
    await (await fetch(url)).arrayBuffer();
    lat.push(performance.now() - t);
  } catch {
    lat.push(Number.POSITIVE_INFINITY);
  }
  await new Promise((r) => setTimeout(r, 20));
}
process.stdout.write(JSON.stringify(lat.map((x) => (Number.isFinite(x) ? x : -1))));
