import type { CaseFlag, PartyKind } from '../../common/vocabulary.js';
import { DEMO_SNAPSHOT, addDays, nextWorkday } from './demo-calendar.js';
import { party, type PartyNames, type Party } from './demo-parties.js';
import type { DemoUser } from './demo-types.js';
import type { Rng } from './prng.js';

/**
 * The working model of the demo case generator: a case being drafted, the generator's context,
 * the court's staff as the generator assigns them, and the steps every kind of case shares.
 */

export interface Ctx {
  rng: Rng;
  names: PartyNames;
  staff: Staff;
}

export interface Draft {
  department: string;
  typeCode: string;
  cause: string;
  filedAt: string;
  judge: DemoUser;
  clerk: DemoUser;
  team?: string;
  parties: Party[];
  flags: CaseFlag[];
  closedAt?: string;
  closingMethod?: string;
  /** Orders same-day filings before sequence numbers are given. */
  tiebreak: number;
}

export interface KindOptions {
  cause?: string;
  /** Username of the judge. */
  judge?: string;
  typeCode?: string;
  /** Pre-litigation mediation: forced outcome. */
  outcome?: 'success' | 'failure';
}

export type Kind = (ctx: Ctx, filedAt: string, opts: KindOptions) => Draft;

export type Named = { name: string; kind: PartyKind };

/** Claimant side, respondent side and third parties of a dispute, before roles are given. */
export interface Sides {
  claimants: Named[];
  respondents: Named[];
  third: Named[];
}

export interface ClosingProfile {
  /** [min days, max days, weight] */
  durations: ReadonlyArray<readonly [number, number, number]>;
  methods: ReadonlyArray<readonly [string, number]>;
}

// ── staff ───────────────────────────────────────────────────────────────────────────────────────

export class Staff {
  constructor(private readonly users: DemoUser[]) {}

  user(username: string): DemoUser {
    const u = this.users.find((x) => x.username === username);
    if (!u) throw new Error(`no demo user ${username}`);
    return u;
  }

  judges(department: string): DemoUser[] {
    return this.users.filter((u) => u.department === department && u.roles.includes('judge'));
  }

  /**
   * Picks the judge (by username, by weight, or among the judges of a team; `team: null` means
   * judges outside any team) and the clerk who works with him: same team, else a clerk without team.
   */
  assign(
    rng: Rng,
    department: string,
    opts: { judge?: string; weights?: ReadonlyArray<readonly [string, number]>; team?: string | null },
  ): { judge: DemoUser; clerk: DemoUser; team?: string } {
    let judge: DemoUser;
    if (opts.judge) judge = this.user(opts.judge);
    else if (opts.weights) judge = this.user(rng.weighted(opts.weights));
    else {
      const pool = this.judges(department).filter((u) => opts.team === undefined || (u.team ?? null) === opts.team);
      judge = rng.pick(pool);
    }
    if (judge.department !== department) throw new Error(`${judge.username} is not a judge of ${department}`);
    const clerks = this.users.filter((u) => u.department === department && u.roles.includes('clerk'));
    const sameTeam = clerks.filter((c) => judge.team !== undefined && c.team === judge.team);
    const noTeam = clerks.filter((c) => c.team === undefined);
    const clerk = rng.pick(sameTeam.length > 0 ? sameTeam : noTeam.length > 0 ? noTeam : clerks);
    return { judge, clerk, ...(judge.team ? { team: judge.team } : {}) };
  }
}

// ── building blocks ─────────────────────────────────────────────────────────────────────────────

export function start(
  ctx: Ctx,
  filedAt: string,
  department: string,
  typeCode: string,
  cause: string,
  who: { judge: DemoUser; clerk: DemoUser; team?: string },
): Draft {
  ctx.names.startCase();
  return { department, typeCode, cause, filedAt, ...who, parties: [], flags: [], tiebreak: ctx.rng.next() };
}

/** Closes the case after a duration drawn from the profile, unless that falls after the snapshot. */
export function close(ctx: Ctx, d: Draft, profile: ClosingProfile, method?: string): Draft {
  const [min, max] = ctx.rng.weighted(profile.durations.map(([a, b, w]) => [[a, b] as const, w] as const));
  const closedAt = nextWorkday(addDays(d.filedAt, ctx.rng.int(min, max)));
  const chosen = method ?? ctx.rng.weighted(profile.methods);
  if (closedAt <= DEMO_SNAPSHOT) {
    d.closedAt = closedAt;
    d.closingMethod = chosen;
  }
  return d;
}

export function roles(s: Sides, claimant: string, respondent: string, third = '第三人'): Party[] {
  return [
    ...s.claimants.map((p) => party(claimant, p.name, p.kind)),
    ...s.respondents.map((p) => party(respondent, p.name, p.kind)),
    ...s.third.map((p) => party(third, p.name, p.kind)),
  ];
}

