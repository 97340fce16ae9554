// Evidence (Tài liệu kiểm chứng) and note boxes: multi-line text written to its cell when the user
// pauses typing, and on blur or Ctrl+Enter.

import { Field, Textarea } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { CellValue } from '../../plan/grid';
import { useDraft } from '../hooks/useDraft';
import { LIVE_COMMIT_MS } from './field/TypedInput';

export interface MultilineInputProps {
  label: string;
  hint?: string;
  required: boolean;
  value: string | undefined;
  problems: string[];
  testId: string;
  onCommit: (value: CellValue) => void;
}

export function MultilineInput({ label, hint, required, value, problems, testId, onCommit }: MultilineInputProps) {
  const shown = value ?? '';
  const commit = useCallback(
    (text: string) => {
      const next = text.trim().normalize('NFC');
      if (next === shown) return false;
      onCommit(next === '' ? null : next);
      return true;
    },
    [shown, onCommit],
  );
  const draft = useDraft(shown, commit, { enterCommits: false, liveMs: LIVE_COMMIT_MS });
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationState={problems.length > 0 ? 'error' : 'none'}
      validationMessage={problems.length > 0 ? problems.join(' ') : undefined}
    >
      <Textarea
        data-testid={testId}
        resize="vertical"
        value={draft.text}
        onChange={(_, data) => draft.setText(data.value)}
        onBlur={draft.onBlur}
        onKeyDown={draft.onKeyDown}
      />
    </Field>
  );
}
