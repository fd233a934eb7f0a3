/**
 * A compound file (OLE container) as Office stores a password-protected workbook: the streams
 * EncryptionInfo and EncryptedPackage (empty here; the reader must refuse it by what it is).
 * [MS-CFB]: a 512-byte header, one FAT sector, one directory sector.
 */
const sector = 512;
const free = 0xffffffff;
const endOfChain = 0xfffffffe;
const fatSector = 0xfffffffd;

function entry(view: DataView, at: number, name: string, type: number, child: number, right: number): void {
  const units = [...name].map((c) => c.charCodeAt(0));
  units.forEach((u, i) => view.setUint16(at + i * 2, u, true));
  view.setUint16(at + 64, (units.length + 1) * 2, true);
  view.setUint8(at + 66, type);
  view.setUint8(at + 67, 1); // black
  view.setUint32(at + 68, free, true); // left sibling
  view.setUint32(at + 72, right, true);
  view.setUint32(at + 76, child, true);
  view.setUint32(at + 116, endOfChain, true); // start sector: none (size 0)
}

export function encryptedContainer(): Uint8Array {
  const bytes = new Uint8Array(sector * 3);
  const view = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => view.setUint8(i, b));
  view.setUint16(24, 0x3e, true); // minor version
  view.setUint16(26, 3, true); // major version 3: 512-byte sectors
  view.setUint16(28, 0xfffe, true); // byte order
  view.setUint16(30, 9, true); // sector shift
  view.setUint16(32, 6, true); // mini sector shift
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true); // mini stream cutoff
  view.setUint32(60, endOfChain, true); // no mini FAT
  view.setUint32(68, endOfChain, true); // no DIFAT sectors
  view.setUint32(76, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(76 + i * 4, free, true);
  const fat = sector; // sector 0
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, free, true);
  view.setUint32(fat, fatSector, true);
  view.setUint32(fat + 4, endOfChain, true);
  const dir = sector * 2; // sector 1
  entry(view, dir, "Root Entry", 5, 1, free);
  entry(view, dir + 128, "EncryptionInfo", 2, free, 2);
  entry(view, dir + 256, "EncryptedPackage", 2, free, free);
  for (const at of [dir + 384]) {
    view.setUint32(at + 68, free, true);
    view.setUint32(at + 72, free, true);
    view.setUint32(at + 76, free, true);
  }
  return bytes;
}
