// Finds the system tools that the agreement and browser suites need.
'use strict';
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

function which(cmd) {
  try { return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null; } catch { return null; }
}
function findSoffice() {
  return process.env.SOFFICE_PATH || which('soffice') || which('libreoffice') || (fs.existsSync('/usr/lib/libreoffice/program/soffice') ? '/usr/lib/libreoffice/program/soffice' : null);
}
function findChromium() {
  return process.env.CHROMIUM_PATH || which('chromium') || which('chromium-browser') || which('google-chrome') || null;
}
/** poppler-utils (pdftotext, pdftoppm): reading the PDF that LibreOffice prints a form to. */
function findPoppler() {
  return which('pdftoppm') && which('pdftotext');
}
/** Gnumeric's converter: re-saving forms and masters as another program would. */
function findSsconvert() {
  return process.env.SSCONVERT_PATH || which('ssconvert');
}
/** A python3 that can import openpyxl (Debian's python3-openpyxl), as offices' scripts re-save files. */
function findOpenpyxlPython() {
  const candidates = [process.env.OPENPYXL_PYTHON, '/usr/bin/python3', which('python3')].filter(Boolean);
  for (const python of candidates) {
    try {
      execFileSync(python, ['-c', 'import openpyxl'], { stdio: 'ignore' });
      return python;
    } catch {
      // not this one
    }
  }
  return null;
}
module.exports = { findSoffice, findChromium, findPoppler, findSsconvert, findOpenpyxlPython, which };
