/** @jest-environment jsdom */

import { errorMessage } from '../../src/client/error-banner';
import type { ScriptRunner } from '../../src/client/host';
import { callServer, createServer, failureDetail } from '../../src/client/server';
import { installFakeScript, removeFakeScript } from './fake-script-run';
import { sidebarData } from './fixtures';

afterEach(() => removeFakeScript());

describe('the typed server wrapper', () => {
  it('resolves with what the server function returns, given the arguments as passed', async () => {
    const fake = installFakeScript({
      addDivision: (name, head) => ({ ok: true, message: `${name}/${head}` }),
      getSidebarData: () => sidebarData(null, 'k1'),
    });
    const server = createServer();
    await expect(server.addDivision('กองคลัง', 'นางสาวสมใจ ใจดี')).resolves.toEqual({
      ok: true,
      message: 'กองคลัง/นางสาวสมใจ ใจดี',
    });
    await expect(server.getSidebarData()).resolves.toMatchObject({ key: 'k1', division: null });
    expect(fake.calls).toEqual([
      { name: 'addDivision', args: ['กองคลัง', 'นางสาวสมใจ ใจดี'] },
      { name: 'getSidebarData', args: [] },
    ]);
  });

  it('rejects with a Thai message carrying what Apps Script said', async () => {
    installFakeScript({
      checkData: () => {
        throw new Error('Exception: แท็บ "รอบ 2" ไม่มีหัวตาราง');
      },
    });
    await expect(createServer().checkData()).rejects.toThrow(
      'ติดต่อ Google Sheets ไม่สำเร็จ: แท็บ "รอบ 2" ไม่มีหัวตาราง',
    );
  });

  it('rejects in Thai when google.script.run does not exist', async () => {
    removeFakeScript();
    await expect(createServer().getSidebarData()).rejects.toThrow(
      'หน้านี้ต้องเปิดจากเมนู ส่วนขยาย › KPI ใน Google Sheets จึงจะทำงานได้ (ไม่พบ google.script.run)',
    );
  });

  it('rejects in Thai when the runner has no such function', async () => {
    const runner: ScriptRunner = {
      withSuccessHandler: () => runner,
      withFailureHandler: () => runner,
    };
    await expect(callServer('selectCell', ['รอบ 1', 'C7'], () => runner)).rejects.toThrow(
      'ติดต่อ Google Sheets ไม่สำเร็จ: google.script.run has no function selectCell',
    );
  });

  it('is not mistaken for a promise', async () => {
    const server = createServer(() => undefined);
    expect((server as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(server)).resolves.toBe(server);
  });

  it.each([
    [new Error('Exception: ไม่พบชีต'), 'ไม่พบชีต'],
    [new Error('ScriptError: Authorization is required'), 'Authorization is required'],
    ['NetworkError: Connection failure due to HTTP 0', 'NetworkError: Connection failure due to HTTP 0'],
    [{ message: 'ข้อความ' }, 'ข้อความ'],
    [undefined, ''],
    [42, ''],
  ])('failureDetail(%p) is %p', (error, detail) => {
    expect(failureDetail(error)).toBe(detail);
  });
});

describe('the error banner', () => {
  it('shows Thai messages as they are and wraps anything else in Thai', () => {
    expect(errorMessage(new Error('ติดต่อ Google Sheets ไม่สำเร็จ: x'))).toBe('ติดต่อ Google Sheets ไม่สำเร็จ: x');
    expect(errorMessage(new TypeError("Cannot read properties of undefined (reading 'round')"))).toBe(
      "เกิดข้อผิดพลาดที่ไม่คาดคิด: Cannot read properties of undefined (reading 'round')",
    );
    expect(errorMessage(undefined)).toBe('เกิดข้อผิดพลาดที่ไม่คาดคิด กรุณาปิดแล้วเปิดใหม่');
  });
});
