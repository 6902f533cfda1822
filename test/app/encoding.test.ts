// Finding an input's encoding (src/app/encoding.ts): a byte-order mark, else strict UTF-8, else strict
// GB18030; the hash, size and line count from the same reading; and, for a file that fails, the line and
// byte where it failed — also past the first chunk the file is read in.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeWhole, EncodingError, inspectInput as inspect } from '../../src/app/encoding.js';
import type { Encoding } from '../../src/app/encoding.js';
import { fileSource, NODE } from '../../src/cli/node-platform.js';

const inspectInput = (path: string, given: Encoding | undefined, flag: string) => inspect(fileSource(path), given, flag, () => NODE.newHash());

const dir = mkdtempSync(join(tmpdir(), 'fupin-encoding-test-'));
let n = 0;
const file = (bytes: Buffer) => {
  const path = join(dir, `${n++}.csv`);
  writeFileSync(path, bytes);
  return path;
};
/** 农业银行 in GBK. */
const GBK_WORD = Buffer.from('c5a9d2b5d2f8d0d0', 'hex');

describe('inspectInput', () => {
  it('UTF-8 text (ASCII included) is UTF-8; its hash, size and lines are those of the bytes', async () => {
    const bytes = Buffer.from('region,bank\nR1,农业银行\nR2,x');
    expect(await inspectInput(file(bytes), undefined, '--x')).toEqual({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      lines: 3,
      encoding: 'utf-8',
      encodingFrom: 'detected',
    });
    expect((await inspectInput(file(Buffer.from('a\nb\n')), undefined, '--x')).lines).toBe(2);
  });

  it('GBK text is not valid UTF-8, so it is read as GB18030', async () => {
    const path = file(Buffer.concat([Buffer.from('region,bank\nR1,'), GBK_WORD, Buffer.from('\n')]));
    expect(await inspectInput(path, undefined, '--x')).toMatchObject({ encoding: 'gb18030', encodingFrom: 'detected', lines: 2 });
  });

  it('a byte-order mark decides, and must then hold', async () => {
    expect(await inspectInput(file(Buffer.from('\uFEFFa,b\n')), undefined, '--x')).toMatchObject({ encoding: 'utf-8', encodingFrom: 'bom' });
    expect(await inspectInput(file(Buffer.from([0xfe, 0xff, 0, 0x61])), undefined, '--x')).toMatchObject({ encoding: 'utf-16be', encodingFrom: 'bom' });
    // c5 a9 and d2 b5 happen to be valid UTF-8; the word's sixth byte, f8, is the first that is not.
    const broken = file(Buffer.concat([Buffer.from('\uFEFFa,b\n'), GBK_WORD]));
    await expect(inspectInput(broken, undefined, '--x')).rejects.toThrow(
      new EncodingError(`${broken} is not valid UTF-8 (line 2, byte 12), though its byte-order mark says so`),
    );
  });

  it('finds the line and byte of the first bad byte in a chunk past the first (files are read 64 KiB at a time)', async () => {
    // 70,000 lines of ASCII and Chinese UTF-8, then a GBK word on line 70,001, and 0xFF (bad in both) two lines on.
    const good = Buffer.from('L1,贷款\n'.repeat(70_000));
    const path = file(Buffer.concat([good, Buffer.from('L2,'), GBK_WORD, Buffer.from('\nL3\nL4,'), Buffer.from([0xff]), Buffer.from('\n')]));
    const at = good.length + 3;
    await expect(inspectInput(path, undefined, '--loans-encoding')).rejects.toThrow(
      new EncodingError(
        `${path} decodes neither as UTF-8 (line 70001, byte ${at + 5}) nor as GB18030/GBK (line 70003, byte ${at + GBK_WORD.length + 7}): name its encoding with --loans-encoding or save it as UTF-8 CSV`,
      ),
    );
  });

  it('a NUL byte is no CSV text in UTF-8 or GB18030', async () => {
    const path = file(Buffer.from('a,b\nc,\0\n'));
    await expect(inspectInput(path, undefined, '--x')).rejects.toThrow(/decodes neither as UTF-8 \(line 2, byte 6\) nor as GB18030\/GBK \(line 2, byte 6\)/);
  });

  it('an encoding given is the only one tried', async () => {
    const path = file(Buffer.concat([Buffer.from('a\n'), GBK_WORD]));
    expect(await inspectInput(path, 'gbk', '--x')).toMatchObject({ encoding: 'gbk', encodingFrom: 'flag' });
    await expect(inspectInput(path, 'utf-8', '--x')).rejects.toThrow(new EncodingError(`${path} is not valid UTF-8 (line 2, byte 7)`));
  });
});

describe('decodeWhole (registers read whole)', () => {
  it('finds the encoding as inspectInput does, and refuses bytes that decode under none', () => {
    expect(decodeWhole(Buffer.concat([Buffer.from('bank\n'), GBK_WORD]), 'r.csv')).toEqual({ text: 'bank\n农业银行', encoding: 'gb18030' });
    expect(decodeWhole(Buffer.from('\uFEFFbank\n农业银行'), 'r.csv')).toEqual({ text: 'bank\n农业银行', encoding: 'utf-8' });
    expect(() => decodeWhole(Buffer.from([0x61, 0xff]), 'r.csv')).toThrow(new EncodingError('r.csv decodes as none of utf-8, gb18030: save it as UTF-8 CSV'));
  });
});
