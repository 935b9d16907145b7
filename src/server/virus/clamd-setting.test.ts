import { describe, expect, it } from 'vitest';
import { AUTO_ENDPOINTS, describeEndpoint, parseClamdSetting } from './clamd-setting.js';

describe('parseClamdSetting', () => {
  it('reads off, auto, unix: and tcp:// settings', () => {
    expect(parseClamdSetting('off')).toEqual({ ok: true, setting: { mode: 'off' } });
    expect(parseClamdSetting(' auto ')).toEqual({ ok: true, setting: { mode: 'auto', endpoints: AUTO_ENDPOINTS } });
    expect(parseClamdSetting('unix:/var/run/clamav/clamd.ctl')).toEqual({
      ok: true,
      setting: { mode: 'explicit', endpoints: [{ kind: 'unix', path: '/var/run/clamav/clamd.ctl' }] },
    });
    expect(parseClamdSetting('unix:///run/clamd.sock')).toEqual({ ok: true, setting: { mode: 'explicit', endpoints: [{ kind: 'unix', path: '/run/clamd.sock' }] } });
    expect(parseClamdSetting('tcp://10.0.0.5:3311')).toEqual({ ok: true, setting: { mode: 'explicit', endpoints: [{ kind: 'tcp', host: '10.0.0.5', port: 3311 }] } });
    expect(parseClamdSetting('tcp://clamd.court.local')).toEqual({ ok: true, setting: { mode: 'explicit', endpoints: [{ kind: 'tcp', host: 'clamd.court.local', port: 3310 }] } });
    expect(parseClamdSetting('tcp://[::1]:3310')).toEqual({ ok: true, setting: { mode: 'explicit', endpoints: [{ kind: 'tcp', host: '::1', port: 3310 }] } });
  });

  it('auto tries Debian’s socket first, then clamd’s default TCP port', () => {
    expect(AUTO_ENDPOINTS.map(describeEndpoint)).toEqual(['unix:/var/run/clamav/clamd.ctl', 'tcp://127.0.0.1:3310']);
  });

  it.each([
    ['', '值为空'],
    ['on', '无法识别'],
    ['/var/run/clamav/clamd.ctl', '无法识别'],
    ['unix:clamd.ctl', '绝对路径'],
    ['tcp://127.0.0.1:0', '1–65535'],
    ['tcp://127.0.0.1:70000', '不是合法'],
    ['tcp://:3310', '不是合法'],
    ['tcp://127.0.0.1:3310/scan', '只能有主机和端口'],
    ['http://127.0.0.1:3310', '无法识别'],
  ])('refuses %j with a Chinese message that shows the accepted forms', (value, why) => {
    const r = parseClamdSetting(value);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('CLAMD 只能是 off');
    expect(r.message).toContain('unix:/var/run/clamav/clamd.ctl');
    expect(r.message).toContain(why);
  });

  it('writes endpoints back in the setting notation', () => {
    expect(describeEndpoint({ kind: 'tcp', host: '::1', port: 3310 })).toBe('tcp://[::1]:3310');
    expect(describeEndpoint({ kind: 'unix', path: '/run/c.sock' })).toBe('unix:/run/c.sock');
  });
});
