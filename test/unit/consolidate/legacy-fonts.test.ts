// A form whose texts were typed in a legacy Vietnamese font: the unit name, evidence and notes
// are converted to Unicode before scoring and merging, and the consolidator is told, per cell,
// from which encoding and what the text was before and after.

import { readSubmission, type Flag } from '../../../src/consolidate';
import { tellingText } from '../../../src/consolidate/telling';
import { render } from '../../../src/messages/texts';
import { UNIT_NAME_FIELD } from '../../../src/criteria/model';
import { xa } from '../../support/bad-corpus';
import { asTcvn3, asVni } from '../../support/legacy-fonts';
import { filledFormBytes, fullEvidence, inputsForTotal } from '../../support/submissions';

const typedName = 'Ph' + asTcvn3('ường tiên cát');
const inputs = { ...inputsForTotal(xa, 'Phường Tiên Cát', 90), [UNIT_NAME_FIELD]: typedName };
const evidence = { ...fullEvidence(xa), '1.1': asVni('Quyết định số 12 của Ủy ban nhân dân') };
const result = readSubmission({ name: 'vntime.xlsx', bytes: filledFormBytes(xa, inputs, { evidence }) }, [xa]);

describe('texts typed in legacy Vietnamese fonts', () => {
  if (!result.ok) throw new Error('rejected');
  const s = result.submission;
  const legacy = s.flags.filter((f) => f.kind === 'legacyFont');

  it('are converted to Unicode before the form is scored and merged', () => {
    expect(s.unitName).toBe('Phường tiên cát');
    expect(s.evidence['1.1']).toBe('Quyết định số 12 của Ủy ban nhân dân');
  });

  it('are told to the consolidator: which cell, which encoding, the text before and after', () => {
    expect(legacy).toHaveLength(2);
    const [name, proof] = legacy;
    expect(name.fieldId).toBe(UNIT_NAME_FIELD);
    const vi = (f: Flag) => tellingText(f.message, 'vi', (m) => render('vi', m));
    expect(vi(name)).toMatch(/^Trang “.+”, ô E20: chữ gõ bằng bảng mã TCVN3 \(ABC, phông \.VnTime\) đã được chuyển sang Unicode: “Ph­êng tiªn c¸t” → “Phường tiên cát”/);
    expect(tellingText(name.message, 'en', (m) => render('en', m))).toContain('TCVN3 encoding');
    expect(proof.criterionCode).toBe('1.1');
    expect(vi(proof)).toContain('bảng mã VNI (phông VNI-Times)');
    expect(vi(proof)).toContain('→ “Quyết định số 12 của Ủy ban nhân dân”');
  });
});
