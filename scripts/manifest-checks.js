// Offline checks of the add-in manifest (npm run validate, and test/unit/manifest.test.ts):
// well-formed XML (a small self-contained parser), the elements Office needs, resource ids
// unique and resolvable, string lengths, every URL https on one origin, and icon files that
// exist with the right PNG dimensions. Microsoft's schema validation needs its online service
// (office-addin-manifest validate); these checks catch what breaks sideloading without it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text, where) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (m, name) => {
    if (!name) throw new Error(`bare "&" ${where}`);
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    if (!(name in ENTITIES)) throw new Error(`unknown entity &${name}; ${where}`);
    return ENTITIES[name];
  });
}

/** Parses XML into {name, attrs, children, text}; throws with a line number when it is not well-formed. */
function parseXml(xml) {
  let i = 0;
  const lineAt = (pos) => xml.slice(0, pos).split('\n').length;
  const fail = (msg, pos = i) => { throw new Error(`line ${lineAt(pos)}: ${msg}`); };
  const stack = [];
  let root = null;
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  while (i < xml.length) {
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) fail('unclosed processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) fail('unclosed comment');
      if (xml.slice(i + 4, end).includes('--')) fail('"--" inside a comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      if (end < 0 || !stack.length) fail('bad CDATA section');
      stack[stack.length - 1].text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<!', i)) {
      fail('DOCTYPE and other declarations are not allowed in a manifest');
    } else if (xml.startsWith('</', i)) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(xml.slice(i));
      if (!m) fail('bad end tag');
      const open = stack.pop();
      if (!open || open.name !== m[1]) fail(`</${m[1]}> does not close <${open ? open.name : '(nothing)'}>`);
      i += m[0].length;
    } else if (xml[i] === '<') {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(xml.slice(i));
      if (!m) fail('bad start tag');
      const attrs = {};
      for (const a of m[2].matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1] in attrs) fail(`attribute ${a[1]} repeated`);
        attrs[a[1]] = decode(a[2] !== undefined ? a[2] : a[3], `in an attribute on line ${lineAt(i)}`);
      }
      const node = { name: m[1], attrs, children: [], text: '', line: lineAt(i) };
      if (stack.length) stack[stack.length - 1].children.push(node);
      else if (root) fail('more than one root element');
      else root = node;
      if (!m[3]) stack.push(node);
      i += m[0].length;
    } else {
      const end = xml.indexOf('<', i);
      const text = xml.slice(i, end < 0 ? xml.length : end);
      if (!stack.length) { if (text.trim()) fail('text outside the root element'); }
      else stack[stack.length - 1].text += decode(text, `on line ${lineAt(i)}`);
      i = end < 0 ? xml.length : end;
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) fail('no root element');
  return root;
}

const local = (name) => name.slice(name.indexOf(':') + 1);
const child = (node, name) => node && node.children.find((c) => local(c.name) === name);
const all = (node, name, out = []) => {
  for (const c of node.children) {
    if (local(c.name) === name) out.push(c);
    all(c, name, out);
  }
  return out;
};

/** Width and height of a PNG file, or an error text. */
function pngSize(file) {
  if (!fs.existsSync(file)) return { error: `missing file ${file}` };
  const buf = fs.readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (buf.length < 24 || buf.subarray(0, 8).toString('hex') !== signature || buf.subarray(12, 16).toString('ascii') !== 'IHDR') {
    return { error: `${file} is not a PNG` };
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The manifest's tree, or why it is not well-formed. */
function tryParse(xml) {
  try {
    return { doc: parseXml(xml) };
  } catch (error) {
    return { error: `not well-formed XML: ${error.message}` };
  }
}

/**
 * Checks manifest XML text. `root` is the project directory (icons are looked up in root/assets
 * by the URL's file name); `origin` is the origin every URL must have (e.g. https://localhost:3000;
 * by default the first URL's).
 */
function checkManifest(xml, { root, origin }) {
  const errors = [];
  const { doc, error } = tryParse(xml);
  if (error) return { errors: [error] };
  if (doc.name !== 'OfficeApp') errors.push('the root element must be OfficeApp');
  if (doc.attrs['xsi:type'] !== 'TaskPaneApp') errors.push('OfficeApp must have xsi:type="TaskPaneApp"');

  const text = (name) => (child(doc, name) ? child(doc, name).text.trim() : undefined);
  const defaultValue = (name) => (child(doc, name) ? child(doc, name).attrs.DefaultValue : undefined);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text('Id') || '')) errors.push('Id must be a GUID');
  if (!/^\d+(\.\d+){0,3}$/.test(text('Version') || '')) errors.push('Version must look like 1.0.0.0');
  for (const name of ['ProviderName', 'DefaultLocale', 'Permissions']) if (!text(name)) errors.push(`${name} is missing`);
  if (text('Permissions') && text('Permissions') !== 'ReadWriteDocument') errors.push('Permissions must be ReadWriteDocument (the add-in writes the form)');
  for (const name of ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    if (!defaultValue(name)) errors.push(`${name} DefaultValue is missing`);
  }
  const limits = { DisplayName: 125, Description: 250 };
  for (const [name, max] of Object.entries(limits)) {
    const node = child(doc, name);
    for (const value of node ? [node.attrs.DefaultValue || '', ...node.children.map((o) => o.attrs.Value || '')] : []) {
      if (value.length > max) errors.push(`${name} is longer than ${max} characters: "${value}"`);
    }
  }
  const hosts = child(doc, 'Hosts');
  if (!hosts || !hosts.children.some((h) => h.attrs.Name === 'Workbook')) errors.push('Hosts must contain Host Name="Workbook"');
  const source = child(child(doc, 'DefaultSettings'), 'SourceLocation');
  if (!source || !source.attrs.DefaultValue) errors.push('DefaultSettings/SourceLocation is missing');

  // Resources: unique ids, every resid resolvable, string lengths.
  const resources = all(doc, 'Resources')[0];
  const ids = new Map();
  if (resources) {
    for (const group of resources.children) {
      const max = { ShortStrings: 125, LongStrings: 250 }[local(group.name)];
      for (const item of group.children) {
        const id = item.attrs.id;
        if (!id) { errors.push(`a resource in ${local(group.name)} has no id`); continue; }
        if (id.length > 32) errors.push(`resource id "${id}" is longer than 32 characters`);
        if (ids.has(id)) errors.push(`resource id "${id}" is used twice`);
        ids.set(id, item);
        if (max) {
          for (const value of [item.attrs.DefaultValue || '', ...item.children.map((o) => o.attrs.Value || '')]) {
            if (value.length > max) errors.push(`resource "${id}" is longer than ${max} characters`);
          }
        }
      }
    }
  }
  const walk = (node) => {
    if (node.attrs.resid !== undefined && !ids.has(node.attrs.resid)) errors.push(`resid "${node.attrs.resid}" (line ${node.line}) has no resource`);
    node.children.forEach(walk);
  };
  walk(doc);

  // URLs: https, one origin.
  const urls = [];
  const collect = (node) => {
    const isUrl = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Image', 'Url'].includes(local(node.name));
    if (isUrl && node.attrs.DefaultValue) urls.push({ url: node.attrs.DefaultValue, node });
    if (isUrl) for (const o of node.children) if (o.attrs.Value) urls.push({ url: o.attrs.Value, node });
    if (local(node.name) === 'AppDomain') urls.push({ url: node.text.trim(), node });
    node.children.forEach(collect);
  };
  collect(doc);
  let expected = origin;
  for (const { url, node } of urls) {
    let parsed;
    try { parsed = new URL(url); } catch { errors.push(`not a URL: "${url}" (line ${node.line})`); continue; }
    if (parsed.protocol !== 'https:') errors.push(`URL must be https: ${url}`);
    expected = expected || parsed.origin;
    if (parsed.origin !== expected) errors.push(`URL ${url} is not on ${expected} (all URLs must share one origin)`);
  }

  // Icons: files exist with the size their use needs.
  const wanted = [];
  if (defaultValue('IconUrl')) wanted.push({ url: defaultValue('IconUrl'), size: 32, what: 'IconUrl' });
  if (defaultValue('HighResolutionIconUrl')) wanted.push({ url: defaultValue('HighResolutionIconUrl'), size: 64, what: 'HighResolutionIconUrl' });
  for (const ref of all(doc, 'Image')) {
    if (ref.attrs.resid && ref.attrs.size && ids.has(ref.attrs.resid)) {
      wanted.push({ url: ids.get(ref.attrs.resid).attrs.DefaultValue, size: Number(ref.attrs.size), what: `icon ${ref.attrs.resid}` });
    }
  }
  for (const { url, size, what } of wanted) {
    let file;
    try { file = path.join(root, 'assets', path.basename(new URL(url).pathname)); } catch { continue; }
    const dims = pngSize(file);
    if (dims.error) errors.push(`${what}: ${dims.error}`);
    else if (dims.width !== size || dims.height !== size) errors.push(`${what}: ${path.basename(file)} is ${dims.width}×${dims.height}, needs ${size}×${size}`);
  }
  return { errors: [...new Set(errors)] };
}

/**
 * Checks a built manifest against the release it belongs to: every URL under `publicUrl` (the
 * ADDIN_PUBLIC_URL the build was given), no development URL left, each URL's file present in
 * `dist` (what IT copies to the web server), and <Version> equal to `version` (package.json's,
 * four parts). Returns { errors }.
 */
function checkRelease(xml, { dist, publicUrl, version }) {
  const errors = [];
  const { doc, error } = tryParse(xml);
  if (error) return { errors: [error] };
  const base = new URL(publicUrl);
  const urls = new Set();
  const collect = (node) => {
    for (const [name, value] of Object.entries(node.attrs)) if (/^(DefaultValue|Value)$/.test(name) && /^https?:\/\//.test(value)) urls.add(value);
    if (local(node.name) === 'AppDomain' || local(node.name) === 'SourceLocation') if (node.text.trim()) urls.add(node.text.trim());
    node.children.forEach(collect);
  };
  collect(doc);
  for (const url of urls) {
    if (/localhost|127\.0\.0\.1|example\.invalid/.test(url)) errors.push(`a development or placeholder URL is left: ${url}`);
    const parsed = new URL(url);
    if (parsed.origin !== base.origin) errors.push(`URL ${url} is not on ${base.origin} (ADDIN_PUBLIC_URL)`);
    else if (parsed.pathname.startsWith(base.pathname) && parsed.pathname !== base.pathname.replace(/\/$/, '')) {
      const file = path.join(dist, decodeURIComponent(parsed.pathname.slice(base.pathname.length)));
      if (!fs.existsSync(file)) errors.push(`${url} names ${path.relative(process.cwd(), file)}, which the build did not write`);
    }
  }
  const written = child(doc, 'Version') ? child(doc, 'Version').text.trim() : '';
  if (written !== version) errors.push(`<Version> is ${written || '(none)'}, package.json says ${version}`);
  return { errors };
}

module.exports = { checkManifest, checkRelease, parseXml, pngSize };
