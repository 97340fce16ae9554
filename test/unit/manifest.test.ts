// The manifest as Office will see it, checked offline with the same code as `npm run validate`.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { checkManifest, checkRelease, parseXml, pngSize } from '../../scripts/manifest-checks';

const root = path.join(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const origin = 'https://localhost:3000';

describe('manifest.xml', () => {
  it('passes every offline check against the dev server origin', () => {
    expect(checkManifest(xml, { root, origin }).errors).toEqual([]);
  });

  it('is in Vietnamese with English overrides, and opens the pane from a Home-tab button', () => {
    const doc = parseXml(xml);
    const find = (name: string) => doc.children.find((c) => c.name === name)!;
    expect(find('DefaultLocale').text).toBe('vi-VN');
    expect(find('DisplayName').attrs.DefaultValue).toBe('Đánh giá Chính quyền điện tử');
    expect(find('DisplayName').children[0].attrs).toEqual({ Locale: 'en-US', Value: 'E-government scorecard' });
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toContain('<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>');
  });

  it('ships icons of the sizes it names', () => {
    for (const size of [16, 32, 64, 80]) expect(pngSize(path.join(root, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  it('catches what would break sideloading', () => {
    const broken = (from: string, to: string) => checkManifest(xml.replace(from, to), { root, origin }).errors.join('\n');
    expect(broken('<!-- Add-in only', '<!-- Add-in -- only')).toMatch(/"--" inside a comment/);
    expect(broken('</Hosts>', '</Host>')).toMatch(/not well-formed/);
    expect(broken('<bt:Image id="Egov.Icon.32"', '<bt:Image id="Egov.Icon.16"')).toMatch(/used twice/);
    expect(broken('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html')).toMatch(/must be https/);
    expect(broken('https://localhost:3000/support.html"/>\n  <AppDomains>', 'https://example.org/support.html"/>\n  <AppDomains>')).toMatch(/not on https:\/\/localhost:3000/);
    expect(broken('assets/icon-64.png', 'assets/icon-80.png')).toMatch(/icon-80.png is 80×80, needs 64×64/);
    expect(broken('resid="Egov.OpenPane.Tooltip"', 'resid="Egov.Missing"')).toMatch(/resid "Egov.Missing".*has no resource/);
  });

  it('carries the version of package.json, which a release raises', () => {
    const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(xml).toContain(`<Version>${version}.0</Version>`);
  });

  it('is checked offline as a release: every URL on ADDIN_PUBLIC_URL, naming a file the build wrote, with the version', () => {
    const publicUrl = 'https://addin.sotttt.phutho.gov.vn/egov/';
    const built = xml.split('https://localhost:3000/').join(publicUrl).split('https://localhost:3000').join('https://addin.sotttt.phutho.gov.vn');
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-dist-'));
    try {
      for (const file of ['taskpane.html', 'commands.html', 'support.html', ...[16, 32, 64, 80].map((n) => `assets/icon-${n}.png`)]) {
        fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
        fs.writeFileSync(path.join(dist, file), '');
      }
      const check = (text: string, version = '0.1.0.0') => checkRelease(text, { dist, publicUrl, version }).errors.join('\n');
      expect(check(built)).toBe('');
      expect(check(built, '0.2.0.0')).toMatch(/<Version> is 0\.1\.0\.0, package\.json says 0\.2\.0\.0/);
      expect(check(built.replace(`${publicUrl}commands.html`, 'https://localhost:3000/commands.html'))).toMatch(/development or placeholder URL/);
      fs.rmSync(path.join(dist, 'support.html'));
      expect(check(built)).toMatch(/support\.html names .*which the build did not write/);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  it('rewrites to one https origin in a production build (same checks, any origin)', () => {
    const prod = xml.split('https://localhost:3000/').join('https://egov.example.org/addin/').split('https://localhost:3000').join('https://egov.example.org');
    expect(checkManifest(prod, { root }).errors).toEqual([]);
  });
});
