/**
 * Runs the catalogue classifier on the labelled set and prints its figures as JSON: for the 'dev' half
 * (the one the rules were tuned on) and the held-out 'test' half, precision, recall, unplaced count,
 * per-template and per-slot figures, and the 20 most frequent errors.
 *
 *   npx tsx scripts/catalogue/evaluate-classifier.ts            # both halves
 *   npx tsx scripts/catalogue/evaluate-classifier.ts --errors dev   # also list every dev error
 *
 * The set is read from test/fixtures/catalogue/labelled-materials.json (regenerate it with
 * scripts/catalogue/labelled-set.ts); the classifier itself never reads it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CLASSIFY_THRESHOLD,
  classifierReport,
  classifyMaterial,
  templateByKind,
  type ClassifierReport,
  type LabelledOutcome,
} from '../../src/server/domain/catalogue/index.js';
import { LABELLED_SET_PATH, type LabelledMaterial } from './labelled-set.js';

export interface Evaluated {
  item: LabelledMaterial;
  predicted: string | null;
  confidence: number;
  reasons: string[];
}

export function loadLabelledSet(path = LABELLED_SET_PATH): LabelledMaterial[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { items: LabelledMaterial[] }).items;
}

export function evaluate(items: readonly LabelledMaterial[]): Evaluated[] {
  return items.map((item) => {
    const template = templateByKind(item.templateKind);
    if (!template) throw new Error(`no template of kind ${item.templateKind}`);
    const r = classifyMaterial(item.input, template);
    return { item, predicted: r.slotId, confidence: r.confidence, reasons: r.reasons };
  });
}

function report(evaluated: readonly Evaluated[]): ClassifierReport {
  const outcomes: LabelledOutcome[] = evaluated.map((e) => ({ templateKind: e.item.templateKind, label: e.item.label, predicted: e.predicted }));
  return classifierReport(outcomes, 20);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const items = loadLabelledSet();
  const evaluated = evaluate(items);
  const dev = evaluated.filter((e) => e.item.split === 'dev');
  const test = evaluated.filter((e) => e.item.split === 'test');
  const errorsOf = process.argv.indexOf('--errors') >= 0 ? process.argv[process.argv.indexOf('--errors') + 1] : undefined;
  if (errorsOf) {
    for (const e of evaluated.filter((x) => x.item.split === errorsOf && x.predicted !== x.item.label)) {
      const i = e.item.input;
      console.error(
        `${e.item.id} [${e.item.variant}] ${e.item.label} → ${e.predicted} (${e.confidence})\n  title=${JSON.stringify(i.title)} ext=${i.externalType ?? ''} cat=${i.category ?? ''} src=${i.source ?? ''}\n  text=${JSON.stringify((i.text ?? '').slice(0, 90))}\n  ${e.reasons.join('；')}`,
      );
    }
  }
  const summary = (r: ClassifierReport) => ({ precision: r.overall.precision, recall: r.overall.recall, unplaced: r.overall.unplaced, total: r.overall.total });
  const devReport = report(dev);
  const testReport = report(test);
  console.log(
    JSON.stringify(
      {
        threshold: CLASSIFY_THRESHOLD,
        labelledSet: { total: items.length, dev: dev.length, test: test.length, withoutSlot: items.filter((i) => i.label === null).length },
        summary: { dev: summary(devReport), test: summary(testReport) },
        dev: devReport,
        test: testReport,
      },
      null,
      2,
    ),
  );
}
