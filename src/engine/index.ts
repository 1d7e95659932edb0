// The engine's public surface: compile packs, score texts, validate packs. Pure: no DOM, no browser APIs, no I/O.
// Every context (worker, CLI, tests) imports from here; content scripts and pages import types only.
export * from './types.js';
export { CATEGORIES, RED_FLAG_CATEGORIES, PATTERN_CATEGORY, AWARENESS_CATEGORY, LEGIT_CONTEXT_CATEGORY } from './categories.js';
export { compilePack, isCompatibleCompiledPack, PackInvalidError } from './compile-pack.js';
export type { CompiledPack, CompiledPackInfo, CompiledRule, CompileOptions } from './compile-pack.js';
export { scoreText, ruleFires, analyzeText, verdictFromAnalysis, pickLocale, type AnalyzeOptions } from './score-text.js';
export type { ScoreOptions } from './score-text.js';
export { scoreConversation, conversationWindow, DEFAULT_WINDOW } from './score-conversation.js';
export type { ChatMessage, ConversationVerdict, ConversationWindow } from './score-conversation.js';
export { validatePack, ISSUE_CODES, PACK_LIMITS } from './validate-pack.js';
export type { IssueCode, ValidateOptions } from './validate-pack.js';
export { normalizeText, normalizePhrase, mapSpanToOriginal } from './normalize-text.js';
export { findRegexHazard } from './regex-hazard.js';
