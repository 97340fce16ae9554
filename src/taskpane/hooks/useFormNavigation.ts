// Where the user is in an open form: the view (entry, overview, finish), the step, and where the
// focus goes when the pane moves. The step follows the sheet's selection and selects it in turn;
// Alt+Right / Alt+Left walk the steps, on from the last criterion to the finish step and back.

import { useCallback, useState } from 'react';
import type { WorkbookPort } from '../../excel/port';
import type { LoadedForm } from '../logic/load-form';
import { problemsByStep, statusOf, voidedSteps } from '../logic/progress';
import { stepsOf, type StepId } from '../logic/steps';
import { useSheetSync } from './useSheetSync';
import { useStepShortcuts } from './useStepShortcuts';

export type ViewId = 'entry' | 'overview' | 'finish';

/** Where the focus goes when the pane itself moves: the step's heading, or its first field (keyboard moves). */
export interface FocusRequest {
  /** Bumped on every move; 0 = the pane has not moved yet (the focus stays where it is). */
  seq: number;
  target: 'heading' | 'field';
}

/** Where guided entry opens: the first step with something missing or invalid, else the first. */
function firstOpenStep(form: LoadedForm): StepId {
  const byStep = problemsByStep(form.engine.problems);
  const voided = voidedSteps(form.engine);
  const steps = stepsOf(form.set);
  return steps.find((step) => statusOf(byStep.get(step), voided.has(step)) !== 'done') ?? steps[0];
}

export interface FormNavigation {
  view: ViewId;
  setView: (view: ViewId) => void;
  step: StepId;
  focus: FocusRequest;
  goTo: (step: StepId, target?: FocusRequest['target']) => void;
  toFinish: () => void;
}

export function useFormNavigation(port: WorkbookPort, form: LoadedForm, onSelectFailed: (e: unknown) => void): FormNavigation {
  const [view, setView] = useState<ViewId>('entry');
  const [step, setStep] = useState<StepId>(() => firstOpenStep(form));
  const [focus, setFocus] = useState<FocusRequest>({ seq: 0, target: 'heading' });
  const followSheet = useCallback((next: StepId) => {
    setStep(next);
    setView('entry');
  }, []);
  const selectStep = useSheetSync(port, form, followSheet, onSelectFailed);

  const goTo = useCallback(
    (next: StepId, target: FocusRequest['target'] = 'heading') => {
      setStep(next);
      setView('entry');
      setFocus((f) => ({ seq: f.seq + 1, target }));
      void selectStep(next);
    },
    [selectStep],
  );
  const toFinish = useCallback(() => {
    setView('finish');
    setFocus((f) => ({ seq: f.seq + 1, target: 'heading' }));
  }, []);

  const steps = stepsOf(form.set);
  useStepShortcuts((delta) => {
    if (view === 'finish' && delta < 0) goTo(steps[steps.length - 1], 'field');
    if (view !== 'entry') return;
    const at = Math.max(0, steps.indexOf(step)) + delta;
    if (at >= steps.length) toFinish();
    else goTo(steps[Math.max(0, at)], 'field');
  });
  return { view, setView, step, focus, goTo, toFinish };
}
