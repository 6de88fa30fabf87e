// A file reference in a guide (空表, 样表, 审批结果.样本): a path relative to the guide's file, or an
// http(s) URL. Shared by the rules that check form and sample references: one reading of what a
// reference is, one set of allowed extensions, no network access (a URL is only checked for form).

import type { FileInfo } from './types.js';
import { memoizeText } from '../parse/memo.js';

/** Extensions of downloadable forms (空表, 样表): Word, Excel, PDF, WPS, OFD. */
export const FORM_EXTENSIONS: readonly string[] = ['doc', 'docx', 'xls', 'xlsx', 'pdf', 'wps', 'et', 'ofd'];

/** Result samples (审批结果.样本) may also be pictures of the certificate. */
export const RESULT_SAMPLE_EXTENSIONS: readonly string[] = [...FORM_EXTENSIONS, 'jpg', 'jpeg', 'png'];

export type FileRef =
  | { kind: 'url'; raw: string; url: URL }
  | { kind: 'file'; raw: string; path: string; ext: string }
  /** Looks like an address but is not a well-formed http(s) URL (other scheme, missing "//", "www." without scheme …). */
  | { kind: 'badUrl'; raw: string }
  /**
   * "attachment:ID": an attachment a service platform holds (exported records give GUIDs, not files).
   * It says the file exists in the platform; guide-lint cannot open it, so it counts as provided.
   */
  | { kind: 'attachment'; raw: string; id: string };

/** The prefix of a platform attachment id (see FileRef). */
export const ATTACHMENT_SCHEME = 'attachment:';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

/**
 * Reads a reference. Undefined for anything that is not a non-blank string (the schema reports
 * wrong types; callers decide what blank means). Memoised: the form rules and the scorecard read
 * each reference several times; results are shared, read-only.
 */
export function parseFileRef(value: unknown): FileRef | undefined {
  return typeof value === 'string' ? parseRefText(value) : undefined;
}

const parseRefText = memoizeText((value: string): FileRef | undefined => {
  const raw = value.trim();
  if (raw === '') return undefined;
  if (raw.startsWith(ATTACHMENT_SCHEME) && raw.length > ATTACHMENT_SCHEME.length)
    return { kind: 'attachment', raw, id: raw.slice(ATTACHMENT_SCHEME.length) };
  if (/^www\./i.test(raw)) return { kind: 'badUrl', raw };
  // A network share (\\server\share\…, //server/share/…) is no file beside the guide, applicants
  // cannot download it, and looking it up would reach the network on Windows (SMB): an address.
  if (/^(?:\\\\|\/\/)/.test(raw)) return { kind: 'badUrl', raw };
  if (SCHEME.test(raw) && !WINDOWS_DRIVE.test(raw)) {
    // WHATWG URL parsing is lenient ("http:/x" → "http://x/"): require the literal form first.
    if (!/^https?:\/\/[^\s/?#]+/i.test(raw) || /\s/.test(raw)) return { kind: 'badUrl', raw };
    try {
      const url = new URL(raw);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '')
        return { kind: 'url', raw, url };
    } catch {
      /* falls through */
    }
    return { kind: 'badUrl', raw };
  }
  const base = raw.split(/[\\/]/).at(-1) ?? '';
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return { kind: 'file', raw, path: raw, ext };
});

const allowedLists = new WeakMap<readonly string[], string[]>();
/** Extensions as compared: lower case, no dot (made once per list). */
function allowedExtensions(list: readonly string[]): string[] {
  let out = allowedLists.get(list);
  if (!out) allowedLists.set(list, (out = list.map((x) => x.toLowerCase().replace(/^\./, ''))));
  return out;
}

export type FileRefProblem =
  | { problem: 'badUrl'; ref: string }
  | { problem: 'notFound'; ref: string }
  | { problem: 'extension'; ref: string; ext: string }
  | { problem: 'empty'; ref: string };

export interface FileRefCheck {
  /** `ctx.statRelative` of the rule context. */
  statRelative(ref: string): FileInfo;
  /** Allowed extensions (lower case, no dot) of local files; URLs are not checked for one. */
  extensions: readonly string[];
}

/**
 * What is wrong with a reference, or undefined when it is a well-formed http(s) URL or an existing,
 * non-empty local file with an allowed extension. Order: bad URL, missing file, extension, empty.
 */
export function checkFileRef(value: unknown, check: FileRefCheck): FileRefProblem | undefined {
  return checkParsedRef(parseFileRef(value), check);
}

/** checkFileRef of a reference already read by parseFileRef (callers that keep the reference read it once). */
export function checkParsedRef(ref: FileRef | undefined, check: FileRefCheck): FileRefProblem | undefined {
  if (!ref || ref.kind === 'url' || ref.kind === 'attachment') return undefined;
  if (ref.kind === 'badUrl') return { problem: 'badUrl', ref: ref.raw };
  const info = check.statRelative(ref.path);
  if (!info.exists) return { problem: 'notFound', ref: ref.raw };
  if (!allowedExtensions(check.extensions).includes(ref.ext))
    return { problem: 'extension', ref: ref.raw, ext: ref.ext };
  if (info.size === 0) return { problem: 'empty', ref: ref.raw };
  return undefined;
}
