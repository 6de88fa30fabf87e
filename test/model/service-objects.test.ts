// 服务对象 against the item type and the materials (src/model/service-objects.ts).

import { describe, expect, it } from 'vitest';
import { OBJECT_WORDS, objectMaterialMismatch, TYPE_EXCLUDES, typeObjectConflict } from '../../src/kit/index.js';

describe('typeObjectConflict', () => {
  it('a licence only for 行政机关', () => {
    expect(typeObjectConflict('行政许可', ['行政机关'], TYPE_EXCLUDES)).toBe('licenceForOrgans');
  });
  it('another configured exclusion', () => {
    const excludes = { 行政许可: ['行政机关', '事业单位'], 行政确认: ['行政机关'] };
    expect(typeObjectConflict('行政许可', ['事业单位'], excludes)).toBe('typeObject');
    expect(typeObjectConflict('行政确认', ['行政机关'], excludes)).toBe('typeObject');
  });
  it('none when some object is not excluded, or the type has no exclusion', () => {
    expect(typeObjectConflict('行政许可', ['行政机关', '企业法人'], TYPE_EXCLUDES)).toBeUndefined();
    expect(typeObjectConflict('行政确认', ['行政机关'], TYPE_EXCLUDES)).toBeUndefined();
    expect(typeObjectConflict(undefined, ['行政机关'], TYPE_EXCLUDES)).toBeUndefined();
  });
});

describe('objectMaterialMismatch', () => {
  it("a person's own document when no 自然人 is served", () => {
    expect(objectMaterialMismatch('申请人居民身份证', ['企业法人'], OBJECT_WORDS)).toBe('personMaterial');
  });
  it("not when a holder word makes it someone else's", () => {
    expect(objectMaterialMismatch('法定代表人居民身份证', ['企业法人'], OBJECT_WORDS)).toBeUndefined();
  });
  it("an organisation's document when only 自然人 is served", () => {
    expect(objectMaterialMismatch('营业执照', ['自然人'], OBJECT_WORDS)).toBe('organisationMaterial');
    expect(objectMaterialMismatch('居民身份证', ['自然人'], OBJECT_WORDS)).toBeUndefined();
  });
  it('nothing when persons and organisations are both served', () => {
    expect(objectMaterialMismatch('营业执照', ['自然人', '企业法人'], OBJECT_WORDS)).toBeUndefined();
    expect(objectMaterialMismatch('居民身份证', ['自然人', '企业法人'], OBJECT_WORDS)).toBeUndefined();
  });
});
