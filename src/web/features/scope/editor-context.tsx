import { createContext, useContext } from 'react';
import type { ReferenceResponse } from '../../../common/api';
import type { EditorIssue } from './rule-set-issues';

/** What every field of the rule editor may need: pick lists, suggestions and the issues to show. */
export interface EditorContextValue {
  departments: ReferenceResponse['departments'];
  caseTypes: ReferenceResponse['caseTypes'];
  /** Values used by any version, offered as suggestions in the free-tag fields. */
  suggestions: { causes: string[]; families: string[] };
  issues: EditorIssue[];
}

export const EditorContext = createContext<EditorContextValue>({
  departments: [],
  caseTypes: [],
  suggestions: { causes: [], families: [] },
  issues: [],
});

export function useEditorContext(): EditorContextValue {
  return useContext(EditorContext);
}
