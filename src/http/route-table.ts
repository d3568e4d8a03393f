/**
 * Which registered route a request is for, before Hono dispatches it: the request guard needs the
 * route's parameter names (to say "strategyId" rather than "the 4th path segment") and its key in
 * limits.ts. Built from `app.routes`, so a new route is covered without being listed anywhere.
 */

export interface RegisteredRoute {
  method: string;
  path: string;
}

interface CompiledRoute {
  method: string;
  path: string;
  /** ':name' for a parameter, '*' for the rest of the path, otherwise the literal segment */
  segments: string[];
}

export interface RouteMatch {
  /** "METHOD /api/v1/…/:param" as keyed in limits.ts */
  key: string;
  /** parameter name of each path segment (undefined for literal segments) */
  paramAt: Array<string | undefined>;
}

function compile(r: RegisteredRoute): CompiledRoute {
  return {
    method: r.method.toUpperCase(),
    path: r.path,
    // ':code{[0-9]+}' → ':code'
    segments: r.path.split('/').map((s) =>
      s.startsWith(':')
        ? `:${s
            .slice(1)
            .replace(/\{.*\}$/, '')
            .replace(/\?$/, '')}`
        : s,
    ),
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export class RouteTable {
  private compiled: CompiledRoute[] = [];
  private seen = -1;

  /** `source` is read lazily (routes are registered after the middleware that uses the table). */
  constructor(
    private readonly source: () => readonly RegisteredRoute[],
    private readonly include: (path: string) => boolean = () => true,
  ) {}

  private routes(): CompiledRoute[] {
    const all = this.source();
    if (all.length !== this.seen) {
      this.seen = all.length;
      const unique = new Map<string, CompiledRoute>();
      for (const r of all) if (this.include(r.path)) unique.set(`${r.method.toUpperCase()} ${r.path}`, compile(r));
      this.compiled = [...unique.values()];
    }
    return this.compiled;
  }

  /**
   * The first route (in registration order) whose literal segments equal the request's, preferring
   * one registered for the request's method over ALL and over other methods (a match for another
   * method still names the parameters); null when no route has this shape.
   */
  match(method: string, rawSegments: readonly string[]): (RouteMatch & { methodMatches: boolean }) | null {
    const decoded = rawSegments.map(safeDecode);
    let fallback: (RouteMatch & { methodMatches: boolean }) | null = null;
    let any: (RouteMatch & { methodMatches: boolean }) | null = null;
    for (const r of this.routes()) {
      const paramAt = matchSegments(r.segments, decoded);
      if (!paramAt) continue;
      const m = { key: `${r.method} ${r.path}`, paramAt };
      if (r.method === method) return { ...m, methodMatches: true };
      if (r.method === 'ALL') fallback ??= { ...m, key: `${method} ${r.path}`, methodMatches: true };
      else any ??= { ...m, methodMatches: false };
    }
    return fallback ?? any;
  }
}

function matchSegments(template: readonly string[], segments: readonly string[]): Array<string | undefined> | null {
  const paramAt: Array<string | undefined> = [];
  for (let i = 0; i < template.length; i++) {
    const t = template[i]!;
    if (t === '*') {
      // Hono's '*' matches the rest, including nothing.
      for (let j = i; j < segments.length; j++) paramAt.push(undefined);
      return paramAt;
    }
    const s = segments[i];
    if (s === undefined) return null;
    if (t.startsWith(':')) {
      if (s === '') return null;
      paramAt.push(t.slice(1));
    } else if (t === s) paramAt.push(undefined);
    else return null;
  }
  return template.length === segments.length ? paramAt : null;
}
