/**
 * One string for equal texts kept many times over: a million summaries of an export repeat a few
 * hundred departments and each item's name and code; a shard merge holds a million summaries; a
 * workbook written without a shared-strings table repeats 申请人自备, 原件 … in every row.
 * Bounded by `max` (past it the table starts over, so all-distinct texts cost no more than keeping
 * each) and by `longest` (longer texts rarely repeat and are returned as they are). With `detach`,
 * the kept string is a copy detached from its source (src/util/detach.ts), for slices of a big text.
 */
import { detach } from './detach.js';

export interface InternOptions {
  max?: number;
  longest?: number;
  detach?: boolean;
}

export class Interner {
  private readonly seen = new Map<string, string>();
  private readonly max: number;
  private readonly longest: number;
  private readonly detach: boolean;

  constructor(options: InternOptions = {}) {
    this.max = options.max ?? Infinity;
    this.longest = options.longest ?? Infinity;
    this.detach = options.detach ?? false;
  }

  get<T>(v: T): T {
    if (typeof v !== 'string' || v.length > this.longest) return v;
    const hit = this.seen.get(v);
    if (hit !== undefined) return hit as T;
    if (this.seen.size >= this.max) this.seen.clear();
    const own = this.detach ? detach(v) : v;
    this.seen.set(own, own);
    return own as T;
  }

  clear(): void {
    this.seen.clear();
  }
}
