/**
 * Generates the labelled set of materials the catalogue classifier is measured on, deterministically
 * (seeded PRNG, no Math.random), and writes it to test/fixtures/catalogue/labelled-materials.json.
 *
 *   npx tsx scripts/catalogue/labelled-set.ts
 *
 * Every material of a case kind is drawn from the documents that kind of file holds
 * (labelled-set-documents.ts), rendered as the trial system, an e-filing party or a scanning point
 * would deliver it (titles with case numbers, parties, ordinals, typos, scans titled '扫描件0012' whose
 * OCR text reveals the kind, recordings), plus materials that belong in no slot (label null). Each
 * item is put in the 'dev' or the 'test' half by a hash of its id.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MaterialCategory, MaterialSource } from '../../src/common/vocabulary.js';
import { templateByKind, type ClassifyInput, type TemplateKind } from '../../src/server/domain/catalogue/index.js';
import { makeContext } from './labelled-set-context.js';
import { documents, noSlotDocument, type DocSpec } from './labelled-set-documents.js';
import { decorate, genericTitle, meaninglessTitle, noisyTitle, ocrText } from './labelled-set-noise.js';
import { fnv1a, Rng } from './prng.js';

export const LABELLED_SET_SEED = 20_240_611;
export const LABELLED_SET_PATH = fileURLToPath(new URL('../../test/fixtures/catalogue/labelled-materials.json', import.meta.url));

export interface LabelledMaterial {
  id: string;
  /** 'dev' to tune rules on, 'test' to report figures on; by a hash of the id. */
  split: 'dev' | 'test';
  templateKind: TemplateKind;
  /** How the material was rendered, e.g. 'system', 'scan+typo', 'scan-untitled', 'null-junk'. */
  variant: string;
  input: ClassifyInput;
  /** The true slot id, or null for a material that belongs in no slot. */
  label: string | null;
}

/** Materials per template kind and the 类型代字 their cases carry. */
const plan: ReadonlyArray<{ kind: TemplateKind; count: number; typeCodes: ReadonlyArray<readonly [string, number]> }> = [
  { kind: 'civil_first_instance', count: 380, typeCodes: [['民初', 93], ['民撤', 7]] },
  { kind: 'civil_second_instance', count: 150, typeCodes: [['民终', 1]] },
  { kind: 'criminal_first_instance', count: 180, typeCodes: [['刑初', 1]] },
  { kind: 'criminal_second_instance', count: 90, typeCodes: [['刑终', 1]] },
  { kind: 'enforcement', count: 210, typeCodes: [['执', 75], ['执恢', 15], ['执保', 10]] },
  { kind: 'enforcement_review', count: 90, typeCodes: [['执异', 70], ['执复', 30]] },
  { kind: 'administrative_first_instance', count: 100, typeCodes: [['行初', 85], ['行赔初', 15]] },
  { kind: 'administrative_second_instance', count: 70, typeCodes: [['行终', 85], ['行赔终', 15]] },
  {
    kind: 'state_compensation_and_judicial_aid',
    count: 90,
    typeCodes: [['法赔', 15], ['委赔', 25], ['赔确监', 5], ['委赔监', 5], ['司救刑', 15], ['司救民', 15], ['司救执', 10], ['司救访', 10]],
  },
  {
    kind: 'supervision_and_retrial',
    count: 130,
    typeCodes: [['民申', 30], ['民再', 15], ['刑申', 15], ['刑再', 5], ['行申', 10], ['行再', 5], ['执监', 10], ['民抗', 5], ['行赔申', 5]],
  },
];

/** Share of materials that belong in no slot. */
const NO_SLOT_SHARE = 0.07;

export function generateLabelledSet(seed = LABELLED_SET_SEED): LabelledMaterial[] {
  const rng = new Rng(seed);
  const items: LabelledMaterial[] = [];
  for (const { kind, count, typeCodes } of plan) {
    const template = templateByKind(kind);
    if (!template) throw new Error(`no template of kind ${kind}`);
    const slots = template.slots.filter((s) => !s.generated);
    for (const s of slots) if (!documents[s.id]) throw new Error(`no document generator for slot ${kind}/${s.id}`);
    // Frequencies come from a probe case so that drawing them does not consume the main sequence.
    const probe = makeContext(new Rng(seed ^ fnv1a(kind)), kind, typeCodes[0]![0]);
    const weights = slots.map((s) => [s, documents[s.id]!(probe).weight ?? 1] as const);

    for (let n = 1; n <= count; n++) {
      const typeCode = rng.weighted(typeCodes);
      const c = makeContext(rng, kind, typeCode);
      const id = `${kind}-${String(n).padStart(4, '0')}`;
      const split = fnv1a(id) % 2 === 0 ? 'dev' : 'test';
      if (n > slots.length && rng.chance(NO_SLOT_SHARE)) {
        const d = noSlotDocument(c);
        const input: ClassifyInput = { title: d.title, source: d.source, caseTypeCode: typeCode };
        if (d.text !== undefined) input.text = d.text;
        if (d.category) input.category = d.category;
        items.push({ id, split, templateKind: kind, variant: d.variant, input, label: null });
        continue;
      }
      // The first items of each kind walk through every slot once, so each slot is represented.
      const slot = n <= slots.length ? slots[n - 1]! : rng.weighted(weights);
      const spec = documents[slot.id]!(c);
      const partyPick = rng.chance(0.5) ? { role: c.role1, name: c.party1 } : { role: c.role2, name: c.party2 };
      const party = { role: partyPick.role.replace(/（.*）/, ''), name: partyPick.name };
      const { input, variant } = render(rng, spec, party, c.caseNo);
      input.caseTypeCode = typeCode;
      items.push({ id, split, templateKind: kind, variant, input, label: slot.id });
    }
  }
  return items;
}

function render(rng: Rng, spec: DocSpec, party: { role: string; name: string }, caseNo: string): { input: ClassifyInput; variant: string } {
  const text = spec.text === '' ? undefined : spec.text;
  const category = (p: number): MaterialCategory | undefined => (rng.chance(p) ? spec.category : undefined);
  const build = (title: string, source: MaterialSource, extra: Partial<ClassifyInput>): ClassifyInput => {
    const input: ClassifyInput = { title, source };
    for (const [k, v] of Object.entries(extra)) if (v !== undefined) (input as unknown as Record<string, unknown>)[k] = v;
    return input;
  };

  if (spec.by === 'recording') {
    const untitled = rng.chance(0.12);
    const source: MaterialSource | undefined = rng.chance(0.9) ? 'recording' : undefined;
    const input: ClassifyInput = { title: untitled ? `VID_${rng.int(1000, 9999)}` : rng.pick(spec.titles) };
    if (source) input.source = source;
    const cat = category(0.7);
    if (cat) input.category = cat;
    return { input, variant: `recording${untitled ? '-untitled' : ''}${source ? '' : '-no-source'}` };
  }

  const variant =
    spec.by === 'court'
      ? rng.weighted<string>([
          ['system', 5],
          ['system-bare', 1.5],
          ['scan', 2.5],
          ['scan-untitled', 1],
          ['scan-generic', 1],
        ])
      : rng.weighted<string>([
          ['efiling', 3.5],
          ['scan', 4.5],
          ['scan-untitled', 2],
          ['scan-generic', 1.5],
        ]);
  const base = rng.pick(spec.titles);
  switch (variant) {
    case 'system': {
      const numbered = !/（\d{4}）/.test(base) && rng.chance(0.45);
      return {
        input: build(numbered ? `${caseNo}${base}` : base, 'born_digital', {
          externalType: rng.chance(0.6) ? rng.pick(spec.external ?? [base]) : undefined,
          category: category(0.85),
          text: text !== undefined && rng.chance(0.75) ? text : undefined,
        }),
        variant,
      };
    }
    case 'system-bare':
      return { input: build(base, 'born_digital', { category: category(0.5) }), variant };
    case 'efiling': {
      const d = decorate(rng, base, party, caseNo);
      return {
        input: build(d.title, 'born_digital', { category: category(0.75), text: text !== undefined && rng.chance(0.6) ? text : undefined }),
        variant: `efiling+${d.decoration}`,
      };
    }
    case 'scan': {
      const d = decorate(rng, base, party, caseNo);
      const n = rng.chance(0.25) ? noisyTitle(rng, d.title) : { title: d.title, noise: 'none' };
      const ocr = text !== undefined && rng.chance(0.8) ? ocrText(rng, text) : undefined;
      return {
        input: build(n.title, 'scanned', { category: category(0.35), text: ocr?.text }),
        variant: `scan+${d.decoration}${n.noise === 'none' ? '' : `+${n.noise}`}${ocr ? `+ocr${ocr.noise.length ? `(${ocr.noise.join(',')})` : ''}` : '+no-text'}`,
      };
    }
    case 'scan-generic': {
      const ocr = text !== undefined && rng.chance(0.85) ? ocrText(rng, text) : undefined;
      return {
        input: build(genericTitle(rng, base), 'scanned', { category: category(0.3), text: ocr?.text }),
        variant: `scan-generic${ocr ? `+ocr${ocr.noise.length ? `(${ocr.noise.join(',')})` : ''}` : '+no-text'}`,
      };
    }
    default: {
      const ocr = text !== undefined && rng.chance(0.88) ? ocrText(rng, text) : undefined;
      return {
        input: build(meaninglessTitle(rng, 2023, caseNo), 'scanned', { category: category(0.2), text: ocr?.text }),
        variant: `scan-untitled${ocr ? `+ocr${ocr.noise.length ? `(${ocr.noise.join(',')})` : ''}` : '+no-text'}`,
      };
    }
  }
}

/** The file: a header, then one item per line so diffs stay readable. */
export function serialiseLabelledSet(items: readonly LabelledMaterial[], seed = LABELLED_SET_SEED): string {
  const header = {
    description: '编目分类器的标注材料集（合成）：由 scripts/catalogue/labelled-set.ts 按固定种子生成，勿手工编辑。',
    generator: 'scripts/catalogue/labelled-set.ts',
    seed,
    count: items.length,
    dev: items.filter((i) => i.split === 'dev').length,
    test: items.filter((i) => i.split === 'test').length,
  };
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  return `${head},\n  "items": [\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const items = generateLabelledSet();
  writeFileSync(LABELLED_SET_PATH, serialiseLabelledSet(items));
  const byKind = new Map<string, number>();
  for (const i of items) byKind.set(i.templateKind, (byKind.get(i.templateKind) ?? 0) + 1);
  console.log(`wrote ${items.length} materials (${items.filter((i) => i.label === null).length} without a slot) to ${LABELLED_SET_PATH}`);
  for (const [k, n] of byKind) console.log(`  ${k}: ${n}`);
}
