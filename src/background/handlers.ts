import type { EvidenceFile } from '../core/evidence';
import { explainTerm } from '../core/explain';
import type { GlossaryEntry } from '../core/glossary-schema';
import { byId, patternsOf } from '../core/glossary-index';
import type { MessageOf, ToBackground } from '../core/messages';
import type { Pattern } from '../core/matcher';

export interface Sender {
  tabId?: number;
}

export interface BackgroundDeps {
  glossary: readonly GlossaryEntry[];
  evidence?: EvidenceFile;
  setBadge: (tabId: number, text: string) => Promise<void>;
}

type Handlers = {
  [K in keyof ToBackground]: (
    params: ToBackground[K]['params'],
    sender: Sender,
  ) => Promise<ToBackground[K]['reply']> | ToBackground[K]['reply'];
};

/** The background's handler map, one function per message name. Pure apart from `setBadge`. */
export function createHandlers({ glossary, evidence, setBadge }: BackgroundDeps): Handlers {
  const entries = byId(glossary);
  let patterns: Pattern[] | undefined;
  return {
    patterns: () => (patterns ??= patternsOf(glossary)),
    explain: ({ id, context }) => {
      const entry = entries.get(id);
      return entry ? explainTerm(entry, (rid) => entries.get(rid), context, evidence) : null;
    },
    termsFound: async ({ distinct }, sender) => {
      if (sender.tabId !== undefined) await setBadge(sender.tabId, distinct > 0 ? String(distinct) : '');
      return null;
    },
  };
}

export function dispatch(handlers: Handlers, message: MessageOf<ToBackground>, sender: Sender): Promise<unknown> {
  const handler = handlers[message.type] as (params: unknown, sender: Sender) => unknown;
  return Promise.resolve(handler(message.params, sender));
}
