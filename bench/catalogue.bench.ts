import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { CatalogueTemplate } from '../src/server/domain/catalogue/catalogue-template.js';
import { templateByKind } from '../src/server/domain/catalogue/templates.js';
import { proposeCatalogue, type ProposalMaterial } from '../src/server/domain/catalogue-proposal.js';

interface LabelledItem {
  id: string;
  templateKind: string;
  input: Omit<ProposalMaterial, 'id' | 'pages' | 'date' | 'receivedAt'>;
}

/**
 * Auto-cataloguing of a 300-material case (issue 5, bench part 9): classification of every
 * material (title, category, source, the first 2,000 characters of text) and ordering into
 * volumes and 册, for each template, on materials drawn from the labelled set
 * (test/fixtures/catalogue). Pure CPU; the database writes of a proposal are one transaction.
 */
export function catalogueBench(): object {
  const items = (JSON.parse(fs.readFileSync('test/fixtures/catalogue/labelled-materials.json', 'utf8')) as { items: LabelledItem[] }).items;
  const runs: Array<{ template: string; materials: number; msMedian: number; msMax: number; materialsPerS: number }> = [];
  const kinds = [...new Set(items.map((i) => i.templateKind))];
  for (const kind of kinds) {
    const template = templateByKind(kind as CatalogueTemplate['kind'])!;
    const pool = items.filter((i) => i.templateKind === kind);
    const materials: ProposalMaterial[] = Array.from({ length: 300 }, (_, n) => {
      const item = pool[n % pool.length]!;
      return { ...item.input, id: `m${n}`, pages: 1 + (n % 17), date: null, receivedAt: new Date(Date.UTC(2024, 0, 1) + n * 60_000).toISOString() };
    });
    proposeCatalogue(template, materials, 200); // warm-up
    const times: number[] = [];
    for (let r = 0; r < 15; r++) {
      const t0 = performance.now();
      proposeCatalogue(template, materials, 200);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    runs.push({ template: kind, materials: 300, msMedian: round(median), msMax: round(times[times.length - 1]!), materialsPerS: Math.round((300 / median) * 1000) });
  }
  return { scenario: 'auto-cataloguing-300-materials', runs };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
