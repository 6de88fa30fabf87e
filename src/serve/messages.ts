// What the server says when it refuses something, in both languages (the page shows the one chosen).

export interface Bilingual {
  zh: string;
  en: string;
}

export const SERVE_MESSAGES = {
  forbidden: {
    zh: '拒绝访问：地址中的令牌不正确，或请求来自其他网页',
    en: 'Forbidden: wrong token in the address, or the request came from another web page',
  },
  notFound: { zh: '未找到', en: 'Not found' },
  tooLarge: {
    zh: '上传超过大小限制 {limit}（可用 serve --max-upload 调整）',
    en: 'The upload is over the size limit of {limit} (serve --max-upload changes it)',
  },
  badMultipart: {
    zh: '上传数据格式错误（multipart 无法解析）：{reason}',
    en: 'Malformed upload (multipart could not be parsed): {reason}',
  },
  noFiles: { zh: '没有收到文件', en: 'No file was received' },
  badType: {
    zh: '不支持的文件类型“{name}”：可上传 xlsx、xls、csv、yaml、yml、json 或 zip',
    en: 'Unsupported file "{name}": upload xlsx, xls, csv, yaml, yml, json or zip',
  },
  zipUnsafe: { zh: 'zip 文件“{name}”被拒绝：{reason}', en: 'The zip file "{name}" was refused: {reason}' },
  zipTraversal: {
    zh: '条目“{entry}”指向文件夹之外（../ 或绝对路径）',
    en: 'entry "{entry}" points outside the folder (../ or an absolute path)',
  },
  zipTooMany: { zh: '条目超过 {limit} 个', en: 'more than {limit} entries' },
  busy: { zh: '检查尚未完成', en: 'The check has not finished yet' },
  badRequest: { zh: '请求无效：{reason}', en: 'Bad request: {reason}' },
  jobFailed: { zh: '检查失败：{reason}', en: 'The check failed: {reason}' },
} satisfies Record<string, Bilingual>;

export type MessageId = keyof typeof SERVE_MESSAGES;

/** A message's data: plain values, or a part that is itself in both languages. */
export type MessageData = Record<string, string | number | Bilingual>;

export function fill(id: MessageId, data: MessageData = {}): Bilingual {
  const t = SERVE_MESSAGES[id];
  const sub = (s: string, lang: 'zh' | 'en') =>
    s.replace(/\{(\w+)\}/g, (m, k: string) => {
      const v = data[k];
      return v === undefined ? m : typeof v === 'object' ? v[lang] : String(v);
    });
  return { zh: sub(t.zh, 'zh'), en: sub(t.en, 'en') };
}

/** An HTTP refusal carrying its status and message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly id: MessageId,
    readonly data: MessageData = {},
  ) {
    super(fill(id, data).en);
  }
}

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
