/**
 * An .xlsx whose shared-strings part expands to `cellBytes` of one cell (default 400 MB) while
 * the file stays a few hundred KB: the hostile upload that took the server to 2.6 GB on main.
 * Built by hand (ZIP local headers, deflated parts, central directory) so the test never holds
 * the expanded XML as a string; only a Buffer of repeated bytes is deflated once.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

interface Entry {
  name: string;
  data: Buffer; // deflated
  crc: number;
  size: number;
}

function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export async function xlsxWithHugeCell(cellBytes = 400 * 1024 * 1024): Promise<Uint8Array> {
  // A real small workbook whose first cell refers to shared string 0…
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('実績').addRow(['kpi_id', 'period', 'value']).getCell(1).value = 'x';
  const small = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const entries: Entry[] = [];
  for (const [name, file] of Object.entries(small.files)) {
    if (file.dir || name === 'xl/sharedStrings.xml') continue;
    const raw = Buffer.from(await file.async('uint8array'));
    entries.push({ name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length });
  }
  // …and string 0 is `cellBytes` of 'a'.
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>',
  );
  const tail = Buffer.from('</t></si></sst>');
  const body = Buffer.alloc(cellBytes, 0x61);
  const sst = Buffer.concat([head, body, tail]);
  entries.push({ name: 'xl/sharedStrings.xml', data: deflateRawSync(sst, { level: 9 }), crc: crc32(sst), size: sst.length });
  return new Uint8Array(zip(entries));
}
