// The rule kit: guide-lint's public API (the package's `main`). Everything a rule needs — built-in
// rules and plugins alike — comes from here: defineRule and the rule types, the guide accessors,
// the value parsers and the helpers rules share. Built-in rules import nothing else.

// Rules and what the engine hands them.
export { addEnglish, defineRule, docsUrl } from '../engine/rule.js';
export type {
  FileInfo,
  Report,
  Rule,
  RuleContext,
  RuleDefinition,
  RuleEnglish,
  RuleMeta,
  RuleSource,
  Text,
  Wording,
} from '../engine/rule.js';
export type { ElementPath, Finding, Lang, PathSegment, Severity } from '../model/types.js';

// The guide: accessors of its elements, records and values.
export type { Guide, RecordAt } from '../model/guide.js';
export { enumOf, isPresent, materialsOf, recordsOf, stepsOf, textList, textOf, typeAmong } from '../model/guide.js';
export { ELEMENTS, namesOf, type ElementDef } from '../model/elements.js';
export { elementAt, getAt, isRecord, itemOfPath } from '../model/normalize.js';
export { elementPath, walkElements, type ElementEntry } from '../model/walk.js';
export { isPlaceholder, placeholderText } from '../model/placeholder.js';
export { countsStateType, unfilledRequired, type Unfilled } from '../model/unfilled.js';
export { textKindOf, type TextKind } from '../model/text-kinds.js';
export { resolveValue, variantOf, VALUE_SETS, type ValueSet } from '../model/values.js';
export { enumProblem, type EnumProblem } from '../model/enum-problem.js';
export { channelsOf, channelsText, hasOnline, labelOf, onsiteOf, visitsOf, type Onsite } from '../model/channels.js';
export { depthLevel, paperOriginal, type DepthLevel } from '../model/depth-levels.js';
export { isCodeLike, issuerInName, splitOrgan } from '../model/organ.js';
export { closest } from '../model/similar.js';
export { validateGuide } from '../engine/validate-guide.js';

// Value parsers.
export { compact, compactAll, halfWidthDigits, normalizeWidth, trimBlanks } from '../parse/text.js';
export { textNormalization, type NormalProblem } from '../parse/text-normal.js';
export { CHINESE_NUMERAL_CHARS, parseNumberToken } from '../parse/numbers.js';
export { parsePhones, sameLine, type ParsedPhones, type PhoneNumber, type PhoneProblem } from '../parse/phone.js';
export { parseOfficeHours, type OfficeHours, type OfficeHoursProblem } from '../parse/office-hours.js';
export { parseAddress, type AddressPart, type ParsedAddress } from '../parse/address.js';
export {
  articleOf,
  basisEntries,
  basisTextProblems,
  basisTexts,
  lawTitleOf,
  namesArticle,
  namesLaw,
  type BasisTextProblem,
} from '../parse/legal-basis.js';
export { readBasisRecord, type BasisRecordProblem } from '../parse/basis-record.js';
export { definitelyExceeds, parseTimeLimit, type TimeLimit, type TimeUnit } from '../parse/time-limit.js';
export {
  formatDays,
  isDays,
  isImmediate,
  isZeroForm,
  readTimeLimit,
  shownLimit,
  stepsTotal,
  sumSpans,
  type ParsedLimit,
} from '../model/time.js';

// Domain facts: item codes, file references, forms, copy counts.
export {
  NATIONAL_BASIC_LENGTH,
  NATIONAL_BASIC_PATTERN,
  NATIONAL_IMPL_PATTERN,
  NATIONAL_TYPE_DIGITS,
  checkCreditCode,
  codePattern,
  itemTypeCode,
  itemTypeLabel,
  levelCode,
  levelLabel,
} from '../model/codes.js';
export {
  basicFormat,
  CODE_FORMAT_OPTIONS,
  expectedBasic,
  expectedImpl,
  implFormat,
  NATIONAL_IMPL_EXAMPLE,
  nationalFault,
  NATIONAL_CODE_FORMATS,
  type BasicFormat,
  type Fault,
  type ImplFormat,
} from '../model/code-formats.js';
export {
  codeUnwritten,
  readBasicCode,
  readImplCode,
  typeDigitsMismatch,
  type BasicCodeProblem,
  type BasicCodeReading,
  type ImplCodeProblem,
  type ImplCodeReading,
  type TypeDigitsMismatch,
} from '../model/item-codes.js';
export {
  checkFileRef,
  checkParsedRef,
  FORM_EXTENSIONS,
  parseFileRef,
  RESULT_SAMPLE_EXTENSIONS,
  type FileRef,
} from '../model/file-ref.js';
export {
  bareName,
  FORM_OPTIONS,
  formReason,
  needsForms,
  sameRef,
  sampleIsBlank,
  type FormElement,
} from '../model/forms.js';
export {
  isCount,
  kindCounts,
  materialType,
  parseCount,
  readCount,
  typeOfKinds,
  type CopyCount,
  type CountProblem,
} from '../model/copies.js';
export { basisStated, chargesNothing } from '../model/fees.js';
export {
  faqProblem,
  fillsNothing,
  isQuestion,
  readFaq,
  type FaqEntry,
  type FaqField,
  type FaqProblem,
} from '../model/faq.js';
export { HOLDER_WORDS, mentions, ORGANISATION_MATERIALS, PERSON_MATERIALS } from '../model/holders.js';
export { citesExtension, LICENSE_DECISION_LIMIT } from '../model/extension.js';
export { APPLICANT_NAMES, issuerState, type IssuerState } from '../model/issuer.js';
export {
  INTERMEDIARY_WORDS,
  intermediaryWord,
  declaresNoIntermediary,
  NOT_INTERMEDIARY,
} from '../model/intermediary.js';
export { LICENSE_STAGES, missingStages, STAGES_OPTION, type Stage } from '../model/license-stages.js';
export {
  OBJECT_WORDS,
  objectMaterialMismatch,
  TYPE_EXCLUDES,
  typeObjectConflict,
  type ObjectWords,
} from '../model/service-objects.js';
export { distinctSituations, situationKey, unusedSituations } from '../model/situations.js';
export { RESULT_SUFFIXES, resultNames, suffixOf, typeBySuffix, type SuffixType } from '../model/results.js';

// Helpers rules share.
export { checkForms, checkRef, FORM_OPTIONS_SCHEMA, refMessages } from './helpers/forms.js';
export {
  limitProblemReport,
  reportTimeLimit,
  TIME_LIMIT_MESSAGES,
  TIME_LIMIT_SEVERITY,
  type TimeLimitMessageId,
} from './helpers/time-limit.js';
export { ajvMessage, schemaTypeName } from './helpers/ajv-message.js';
export { entryPath } from './helpers/entry-path.js';
export { fieldsOf, type FieldText } from './helpers/fields.js';
export { fixTo } from './helpers/fixes.js';
export { reportFileRef, type FileRefMessageId } from './helpers/file-ref-report.js';
export { missingAt, notGiven } from './helpers/given.js';
export { limitAt, type LimitAt } from './helpers/limit-at.js';
export { recordLabel, reportBasis, reportBlankName } from './helpers/named-records.js';
export { quoted, quotedList } from './helpers/quotes.js';
export { WORDS_OPTION } from './helpers/options.js';
export {
  ITEM_TYPES_OPTION,
  itemTypesOptions,
  labelSchema,
  optionsSchema,
  recordsSchema,
} from './helpers/options-schema.js';
export { approvalResult, labelsOf, materialName, textEntries, type TextEntry } from './helpers/records.js';
export {
  elementTexts,
  textElementRule,
  type ElementText,
  type TextElementRuleSpec,
  type TextProblem,
  type TextReading,
} from './helpers/text-element.js';
export { shorten } from './helpers/shorten.js';
export { joinAlternatives, joinList } from './helpers/wording.js';
