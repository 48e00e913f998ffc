// Serves a one-CVE NVD data feed (the layout vulnz and NVD mirrors publish) on a loopback port,
// so that the vulnerability gate can prove, offline, that it fails on a known high CVE.
// Prints the feed URL template, then serves until killed.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const cve = JSON.parse(readFileSync(new URL("./CVE-2022-42003.json", import.meta.url), "utf8"));
const stamp = "2022-10-05T00:00:00.000";
const feed = (vulnerabilities) =>
  gzipSync(JSON.stringify({
    resultsPerPage: vulnerabilities.length, startIndex: 0, totalResults: vulnerabilities.length,
    format: "NVD_CVE", version: "2.0", timestamp: stamp, vulnerabilities,
  }));
const files = new Map([
  ["/cache.properties", Buffer.from([
    "prefix=nvdcve-2.0-",
    "lastModifiedDate=2022-10-05T00\\:00\\:00Z",
    "lastModifiedDate.2022=2022-10-05T00\\:00\\:00Z",
    "lastModifiedDate.modified=2022-10-05T00\\:00\\:00Z",
    ""].join("\n"))],
  ["/nvdcve-2.0-2022.json.gz", feed([{ cve }])],
  ["/nvdcve-2.0-modified.json.gz", feed([])],
]);

const server = createServer((req, res) => {
  const body = files.get(req.url);
  res.writeHead(body ? 200 : 404).end(body ?? "");
});
server.listen(0, "127.0.0.1", () => {
  console.log(`http://127.0.0.1:${server.address().port}/nvdcve-2.0-{0}.json.gz`);
});
