import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import type { ArchiveVersionLayout } from './layout-archive-version.js';

/** The text of a generated metadata file of the layout. */
export function textOf(layout: ArchiveVersionLayout, logicalPath: string): string {
  const f = layout.files.find((v) => v.logicalPath === logicalPath);
  if (!f || f.source.kind !== 'bytes') throw new Error(`no generated file ${logicalPath}`);
  return new TextDecoder('utf-8', { fatal: true }).decode(f.source.bytes);
}

/** Parses with an independent parser after checking well-formedness; values stay strings. */
export function parseXml(text: string, arrays: readonly string[]): Record<string, unknown> {
  expect(XMLValidator.validate(text)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(text) as Record<string, unknown>;
}

/** Narrow `unknown` parse results for reading in tests. */
export type Loose = any;
