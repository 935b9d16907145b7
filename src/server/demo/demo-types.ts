import type { CaseInput } from '../../common/api.js';
import type { Role } from '../../common/roles.js';
import type { DepartmentKind, ScanningCoverage } from '../../common/vocabulary.js';
import type { DemoMaterialSpec } from './demo-materials.js';
import type { DemoReviewSpec } from './demo-reviews.js';

/** Reference data of one court, as the demo seeds it (and as an installation could import it). */
export interface CourtReference {
  court: { code: string; name: string; fondsCode: string };
  departments: Array<{ name: string; kind: DepartmentKind; teams: string[] }>;
  scanningPoints: Array<{
    /** Short ASCII code: the name of the point's hot folder (HOT_FOLDER_DIR/<code>/). */
    code: string;
    name: string;
    description: string;
    serves: Array<{ department: string; coverage: ScanningCoverage }>;
  }>;
}

/** A demo account. Department and team by name; the password is the shared demo password. */
export interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  department?: string;
  team?: string;
  scanningPoint?: string;
}

export interface DemoCourt {
  reference: CourtReference;
  users: DemoUser[];
  /** Cases in the shape the API takes (judge and clerk are usernames of `users`). */
  cases: CaseInput[];
  /** Materials filed into closed cases so cataloguing can be tried at once (none: no materials). */
  materials?: DemoMaterialSpec[];
  /** Closed cases catalogued and submitted for review, some approved (none: no reviews). */
  reviews?: DemoReviewSpec[];
}
