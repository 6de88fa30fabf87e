import { describe, expect, it } from 'vitest';
import { ELEMENTS } from '../../src/model/elements.js';

// The per-element loops read def.key, def.type, def.values … on every element of every guide; one
// object shape for all definitions keeps those reads monomorphic (see the comment on `e`).
describe('element definitions', () => {
  it('all have the same properties in the same order', () => {
    const shapes = new Set(
      Object.values(ELEMENTS)
        .flat()
        .map((d) => Object.keys(d).join(',')),
    );
    expect([...shapes]).toEqual(['key,en,aliases,type,item,required,strict,values,of,description']);
  });
});
