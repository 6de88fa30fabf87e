/**
 * One string for equal texts kept per guide (departments, levels, types, names, codes): a million
 * summaries of an export repeat a few hundred departments and each item's name and code across its
 * 业务办理项. Bounded: past `max` distinct texts the table starts over, so a set of all-distinct texts
 * costs no more than keeping each (a copy detached from its source, src/util/detach.ts).
 */
import { detach } from './detach.js';

export class BoundedInterner {
  private readonly seen = new Map<string, string>();

  constructor(private readonly max = 1 << 14) {}

  get(s: string): string;
  get(s: string | null): string | null;
  get(s: string | null): string | null {
    if (s === null) return null;
    const hit = this.seen.get(s);
    if (hit !== undefined) return hit;
    if (this.seen.size >= this.max) this.seen.clear();
    const own = detach(s);
    this.seen.set(own, own);
    return own;
  }
}
